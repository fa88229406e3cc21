package org.studiokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studiokit.core.ErrorCode;
import org.studiokit.examples.runner.ScriptRunner;
import org.studiokit.examples.script.OpCatalog;
import org.studiokit.examples.script.OpSpec;
import org.studiokit.examples.script.StudioBlock;
import org.studiokit.core.settings.AccountRole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scenario scripts together exercise every op and field of SPEC §13 (export aside: not in this build), every
 * studio block field, every report and every error code a script can produce. {@code CURRENCY_MISMATCH} is the one
 * code no script can produce: every amount of a script is read in the studio's own currency.
 */
class CoverageTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> USED = new HashSet<>();
    private static final Set<ErrorCode> CODES = EnumSet.noneOf(ErrorCode.class);

    @BeforeAll
    static void readScenarios() throws IOException {
        List<Path> all = new ArrayList<>(ScenarioScriptsTest.scripts(Path.of("scenarios")));
        for (Path script : all) {
            JsonNode root = JSON.readTree(script.toFile());
            root.get("studio").forEachEntry((k, v) -> {
                USED.add("studio." + k);
                if (v.isObject()) {
                    v.propertyNames().forEach(n -> USED.add("studio." + k + "." + n));
                }
            });
            for (JsonNode step : root.get("steps")) {
                String op = step.get("op").stringValue();
                step.propertyNames().forEach(f -> USED.add(op + "." + f));
                if (op.equals("report")) {
                    USED.add("report:" + step.get("name").stringValue());
                }
                if (step.has("lines") && step.get("lines").isArray()) {
                    step.get("lines").forEach(l -> l.propertyNames().forEach(f -> USED.add("line." + f)));
                }
                if (step.has("expect")) {
                    CODES.add(ErrorCode.valueOf(step.get("expect").stringValue()));
                }
            }
            JsonNode expected = JSON.readTree(Path.of(script.toString().replace(".json", ".expected.json")).toFile());
            for (JsonNode step : expected.get("steps")) {
                JsonNode results = step.path("result").path("results");
                results.forEach(r -> {
                    if (r.get("error").isString()) {
                        CODES.add(ErrorCode.valueOf(r.get("error").stringValue()));
                    }
                });
            }
        }
    }

    @Test
    void every_op_and_field_of_the_format_is_exercised() {
        // as and expect may be on any step: each is exercised on at least one
        List<String> missing = new ArrayList<>();
        for (OpSpec spec : OpCatalog.all().values()) {
            List<String> fields = new ArrayList<>(spec.fields().keySet());
            if (spec.takesRef()) {
                fields.add("ref");
            }
            for (String field : fields) {
                if (!USED.contains(spec.name() + "." + field)) {
                    missing.add(spec.name() + "." + field);
                }
            }
            if (!USED.contains(spec.name() + ".op")) {
                missing.add(spec.name());
            }
        }
        for (String common : List.of("as", "expect")) {
            if (USED.stream().noneMatch(u -> u.endsWith("." + common))) {
                missing.add("*." + common);
            }
        }
        OpCatalog.LINE.fields().keySet().stream().filter(f -> !USED.contains("line." + f))
                .forEach(f -> missing.add("line." + f));
        assertThat(missing).isEmpty();
    }

    @Test
    void the_catalogue_is_the_ops_of_spec_13_and_each_has_a_handler() {
        assertThat(OpCatalog.all().keySet()).containsExactlyInAnyOrder("client", "session", "invoice", "creditMemo",
                "payment", "deposit", "applyDeposit", "refundDeposit", "refund", "transferCredit", "unapply",
                "writeOff", "quickSale", "paymentPlan", "productionOrder", "advance", "setStatus", "scan", "post",
                "unlock", "edit", "delete", "closePeriod", "show", "report", "export", "delivered", "verifyAudit");
        assertThat(OpCatalog.NOT_IN_THIS_BUILD).isEmpty();
        OpCatalog.all().keySet().forEach(op -> assertThat(ScriptRunner.handles(op)).as(op).isTrue());
    }

    @Test
    void every_studio_block_field_is_exercised() {
        for (String key : StudioBlock.KEYS) {
            assertThat(USED).as("studio." + key).contains("studio." + key);
        }
        for (String key : List.of("client", "session", "invoice", "order")) {
            assertThat(USED).contains("studio.numbering." + key);
        }
        for (AccountRole role : AccountRole.values()) {
            assertThat(USED).contains("studio.accounts." + role.name());
        }
    }

    @Test
    void every_report_is_exercised() {
        for (String name : List.of("trial-balance", "ar-aging", "deposit-reconciliation", "reconciliation",
                "cash-receipts", "sales-tax", "posting-summary", "payment-list", "order-status")) {
            assertThat(USED).contains("report:" + name);
        }
    }

    @Test
    void every_error_code_a_script_can_produce_is_exercised() {
        EnumSet<ErrorCode> expected = EnumSet.allOf(ErrorCode.class);
        expected.remove(ErrorCode.CURRENCY_MISMATCH);
        assertThat(CODES).containsAll(expected);
    }
}
