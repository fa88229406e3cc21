package org.studiokit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.core.document.DocumentState;

/**
 * Records share equal immutable values (dates, posted lock states) instead of holding one copy each, so a studio of a
 * million records stays small; the shared values are equal to what was given (LCK-1 states keep their meaning).
 */
@DisplayName("records share equal dates and lock states")
class SharedValuesTest {

    @Test
    @DisplayName("an equal date gives the date held for that day; other days and null are kept as they are")
    void equal_dates_are_one_instance() {
        LocalDate first = SharedDates.shared(LocalDate.parse("2026-03-02"));
        LocalDate again = SharedDates.shared(LocalDate.parse("2026-03-02"));
        LocalDate other = SharedDates.shared(LocalDate.parse("2027-03-02"));

        assertThat(again).isSameAs(first).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(other).isEqualTo(LocalDate.of(2027, 3, 2)).isNotSameAs(first);
        assertThat(SharedDates.shared(null)).isNull();
    }

    @Test
    @DisplayName("LCK-1: posting in one batch gives every record the same state; an earlier batch is kept")
    void posted_states_are_shared() {
        LockState a = LockState.UNPOSTED.postedIn(7);
        LockState b = LockState.UNPOSTED.postedIn(7);
        LockState reposted = new LockState(3, true, "owner", "typo").postedIn(7);

        assertThat(b).isSameAs(a).isEqualTo(new LockState(7, false, null, null));
        assertThat(reposted).isEqualTo(new LockState(3, false, null, null));
        assertThat(LockState.UNPOSTED.postedIn(8)).isEqualTo(new LockState(8, false, null, null));
    }

    @Test
    @DisplayName("LCK-1: documents with nothing but a lock state share it; a delivered one keeps its own")
    void lock_only_document_states_are_shared() {
        LockState posted = LockState.UNPOSTED.postedIn(9);
        DocumentState a = DocumentState.ISSUED.withLock(posted);
        DocumentState b = new DocumentState(null, false, null, null, LockState.UNPOSTED).withLock(posted);
        DocumentState delivered = DocumentState.ISSUED.withDelivered(LocalDate.of(2026, 1, 5)).withLock(posted);

        assertThat(b).isSameAs(a).isEqualTo(new DocumentState(null, false, null, null, posted));
        assertThat(delivered).isEqualTo(new DocumentState(LocalDate.of(2026, 1, 5), false, null, null, posted));
        assertThat(DocumentState.ISSUED.withLock(LockState.UNPOSTED)).isEqualTo(DocumentState.ISSUED);
    }
}
