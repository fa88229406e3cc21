package org.studiokit.barcode.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.production.StatusChange;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;

@DisplayName("SCN-4 batch production status update")
class BatchStatusUpdateTest {
    private final ProductionFixture studio = new ProductionFixture();
    private final BatchStatusUpdate batches = new BatchStatusUpdate(studio.production);

    private BatchSummary run(BatchMode mode, String... codes) {
        return batches.run(ProductionFixture.OWNER, mode, List.of(codes));
    }

    private static ScanResult only(BatchSummary summary) {
        assertThat(summary.results()).hasSize(1);
        return summary.results().get(0);
    }

    @Test
    void SCN4_advance_moves_each_scanned_order_to_its_next_status_recorded_as_a_scan() {
        studio.order(1);
        studio.orderAt(2, "Shipped");
        BatchSummary summary = run(BatchMode.ADVANCE, "P1", "]C0p2");
        assertThat(summary.results()).extracting(ScanResult::code, ScanResult::ok, ScanResult::from, ScanResult::to,
                        ScanResult::error)
                .containsExactly(
                        tuple("P1", true, "Ordered", "In Production", null),
                        tuple("]C0p2", true, "Shipped", "Received", null));
        assertThat(summary.updated()).isEqualTo(2);
        assertThat(summary.errors()).isZero();
        List<StatusChange> history = studio.production.byNumber(1).history();
        assertThat(history.get(history.size() - 1).source()).isEqualTo(ChangeSource.SCAN);
        assertThat(history.get(history.size() - 1).by()).isEqualTo("owner");
    }

    @Test
    void SCN4_set_moves_each_scanned_order_to_the_target() {
        studio.order(1);
        studio.orderAt(2, "In Production");
        BatchSummary summary = run(BatchMode.set("Shipped"), "P1", "P2");
        assertThat(summary.results()).allSatisfy(r -> assertThat(r.to()).isEqualTo("Shipped"));
        assertThat(studio.status(1)).isEqualTo("Shipped");
        assertThat(studio.status(2)).isEqualTo("Shipped");
        assertThat(summary.updated()).isEqualTo(2);
    }

    @Test
    void SCN4_text_that_is_not_a_payload_is_INVALID_BARCODE() {
        ScanResult result = only(run(BatchMode.ADVANCE, "hello\u0000"));
        assertThat(result.ok()).isFalse();
        assertThat(result.error()).isEqualTo(ErrorCode.INVALID_BARCODE);
        assertThat(result.code()).isEqualTo("hello\u0000");
        assertThat(result.from()).isNull();
        assertThat(result.to()).isNull();
    }

    @Test
    void SCN4_a_valid_payload_of_another_record_type_is_WRONG_RECORD_TYPE() {
        studio.order(1);
        BatchSummary summary = run(BatchMode.ADVANCE, "I1", "C1", "S1");
        assertThat(summary.results()).extracting(ScanResult::error).containsOnly(ErrorCode.WRONG_RECORD_TYPE);
        assertThat(summary.results().get(0).message()).contains("invoice");
        assertThat(studio.status(1)).isEqualTo("Ordered");
    }

    @Test
    void SCN4_an_unknown_or_void_order_is_NOT_FOUND() {
        ProductionOrder order = studio.order(3);
        studio.store.orders().save(order.asVoid());
        BatchSummary summary = run(BatchMode.ADVANCE, "P404", "P3");
        assertThat(summary.results()).extracting(ScanResult::error).containsOnly(ErrorCode.NOT_FOUND);
    }

    @Test
    void SCN4_advancing_an_order_at_its_final_status_is_ALREADY_FINAL_and_shows_the_status() {
        studio.orderAt(1, "Delivered");
        ScanResult result = only(run(BatchMode.ADVANCE, "P1"));
        assertThat(result.error()).isEqualTo(ErrorCode.ALREADY_FINAL);
        assertThat(result.from()).isEqualTo("Delivered");
    }

    @Test
    void SCN4_setting_a_status_behind_the_order_or_one_its_type_lacks_is_INVALID_STATUS_TRANSITION() {
        studio.orderAt(1, "Shipped");
        studio.order(2);
        studio.orderAt(3, "Delivered");
        assertThat(only(run(BatchMode.set("In Production"), "P1")).error())
                .isEqualTo(ErrorCode.INVALID_STATUS_TRANSITION);
        assertThat(only(run(BatchMode.set("Framed"), "P2")).error()).isEqualTo(ErrorCode.INVALID_STATUS_TRANSITION);
        assertThat(only(run(BatchMode.set("On Hold"), "P3")).error()).isEqualTo(ErrorCode.INVALID_STATUS_TRANSITION);
        assertThat(studio.status(1)).isEqualTo("Shipped");
        assertThat(studio.status(2)).isEqualTo("Ordered");
        assertThat(studio.status(3)).isEqualTo("Delivered");
    }

    @Test
    void SCN4_setting_the_status_an_order_already_has_is_NO_CHANGE() {
        studio.orderAt(1, "Shipped");
        ScanResult result = only(run(BatchMode.set("Shipped"), "P1"));
        assertThat(result.error()).isEqualTo(ErrorCode.NO_CHANGE);
        assertThat(result.from()).isEqualTo("Shipped");
        assertThat(studio.production.byNumber(1).history()).hasSize(2);
    }

    @Test
    void SCN4_the_same_order_scanned_twice_in_a_batch_is_moved_once_and_the_rest_are_DUPLICATE_SCAN() {
        studio.order(5);
        BatchSummary summary = run(BatchMode.ADVANCE, "P5", "p5", " ]C0P5 ", "P005");
        assertThat(summary.results()).extracting(ScanResult::error)
                .containsExactly(null, ErrorCode.DUPLICATE_SCAN, ErrorCode.DUPLICATE_SCAN, ErrorCode.DUPLICATE_SCAN);
        assertThat(summary.results().get(1).from()).isEqualTo("In Production");
        assertThat(studio.status(5)).isEqualTo("In Production");
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.errors()).isEqualTo(3);
    }

    @Test
    void SCN4_a_failed_first_scan_still_makes_later_scans_of_that_order_DUPLICATE_SCAN() {
        studio.orderAt(6, "Delivered");
        BatchSummary summary = run(BatchMode.ADVANCE, "P6", "P6", "P77", "P77");
        assertThat(summary.results()).extracting(ScanResult::error).containsExactly(ErrorCode.ALREADY_FINAL,
                ErrorCode.DUPLICATE_SCAN, ErrorCode.NOT_FOUND, ErrorCode.DUPLICATE_SCAN);
    }

    @Test
    void SCN4_a_new_batch_may_scan_the_same_order_again() {
        studio.order(5);
        run(BatchMode.ADVANCE, "P5");
        run(BatchMode.ADVANCE, "P5");
        assertThat(studio.status(5)).isEqualTo("Shipped");
    }

    @Test
    void SCN4_a_hold_set_by_scan_is_left_by_advance_back_to_the_held_at_status() {
        studio.orderAt(1, "In Production");
        ScanResult held = only(run(BatchMode.set("On Hold"), "P1"));
        assertThat(held.ok()).isTrue();
        assertThat(held.to()).isEqualTo("On Hold");
        ScanResult back = only(run(BatchMode.ADVANCE, "P1"));
        assertThat(back.from()).isEqualTo("On Hold");
        assertThat(back.to()).isEqualTo("In Production");
        assertThat(studio.status(1)).isEqualTo("In Production");
    }

    @Test
    void SCN4_an_actor_without_MANAGE_PRODUCTION_is_refused_before_any_scan() {
        studio.order(1);
        Actor viewer = new Actor("viewer", Set.of(Permission.SELL));
        assertThatThrownBy(() -> batches.run(viewer, BatchMode.ADVANCE, List.of("P1")))
                .isInstanceOfSatisfying(StudioException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PERMISSION_DENIED));
        assertThatThrownBy(() -> batches.begin(viewer, BatchMode.set("Shipped")))
                .isInstanceOf(StudioException.class);
        assertThat(studio.status(1)).isEqualTo("Ordered");
    }

    @Test
    void SCN4_errors_never_stop_the_batch_and_the_summary_counts_them() {
        studio.order(1);
        studio.order(2);
        studio.orderAt(3, "Delivered");
        BatchSummary summary = run(BatchMode.ADVANCE, "junk", "P1", "I9", "P1", "P3", "P404", "P2", "P");
        assertThat(summary.results()).hasSize(8);
        assertThat(summary.updated()).isEqualTo(2);
        assertThat(summary.errors()).isEqualTo(6);
        assertThat(summary.errorsByCode()).isEqualTo(Map.of(ErrorCode.INVALID_BARCODE, 2,
                ErrorCode.WRONG_RECORD_TYPE, 1, ErrorCode.DUPLICATE_SCAN, 1, ErrorCode.ALREADY_FINAL, 1,
                ErrorCode.NOT_FOUND, 1));
        assertThat(studio.status(1)).isEqualTo("In Production");
        assertThat(studio.status(2)).isEqualTo("In Production");
    }

    @Test
    void SCN4_a_batch_in_progress_reports_each_scan_as_it_arrives() {
        studio.order(1);
        StatusBatch batch = batches.begin(ProductionFixture.OWNER, BatchMode.ADVANCE);
        assertThat(batch.apply("P1").orElseThrow().message()).contains("Ordered -> In Production");
        assertThat(batch.summary().updated()).isEqualTo(1);
        assertThat(batch.apply("P1").orElseThrow().error()).isEqualTo(ErrorCode.DUPLICATE_SCAN);
        assertThat(batch.summary().results()).hasSize(2);
        assertThat(batch.mode()).isEqualTo(BatchMode.ADVANCE);
    }

    @Test
    void SCN2_empty_codes_in_a_batch_are_ignored_not_errors_and_not_counted() {
        studio.order(1);
        BatchSummary summary = run(BatchMode.ADVANCE, "", "P1", " ", "\t", " \r\n");
        assertThat(summary.results()).extracting(ScanResult::code).containsExactly("P1");
        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.errors()).isZero();
        assertThat(studio.status(1)).isEqualTo("In Production");
        StatusBatch batch = batches.begin(ProductionFixture.OWNER, BatchMode.ADVANCE);
        assertThat(batch.apply("  ")).isEmpty();
        assertThat(batch.summary().results()).isEmpty();
        assertThat(studio.status(1)).as("an empty scan changes nothing").isEqualTo("In Production");
    }

    @Test
    void SCN4_a_scan_of_another_record_type_says_which_type_it_is() {
        studio.order(1);
        BatchSummary summary = run(BatchMode.ADVANCE, "I9", "C4", "S2");
        assertThat(summary.results()).extracting(ScanResult::message).containsExactly(
                "I9 is an invoice barcode, not a production order",
                "C4 is a client barcode, not a production order",
                "S2 is a session barcode, not a production order");
    }

    @Test
    void SCN4_a_set_batch_needs_a_target() {
        assertThatThrownBy(() -> BatchMode.set(" ")).isInstanceOfSatisfying(StudioException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION));
        assertThat(BatchMode.set(" Shipped ").target()).isEqualTo("Shipped");
        assertThat(BatchMode.set("Shipped")).hasToString("SET(Shipped)");
    }

    @Test
    void SCN4_a_summary_must_agree_with_its_results() {
        ScanResult ok = ScanResult.moved("P1", "Ordered", "In Production", "moved");
        assertThatThrownBy(() -> new BatchSummary(List.of(ok), 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BatchSummary.of(List.of(ok)).updated()).isEqualTo(1);
    }
}
