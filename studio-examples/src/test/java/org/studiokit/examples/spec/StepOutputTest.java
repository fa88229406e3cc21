package org.studiokit.examples.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.examples.CliRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a refused step says (SPEC §12, §13): its {@code values}, messages in the user's terms, the parameters each
 * report takes, and empty scan codes (SCN-2).
 */
class StepOutputTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STUDIO = "{\"currency\": \"USD\"}";
    private static final String CLIENT = "{\"op\": \"client\", \"ref\": \"c\", \"name\": \"Ann\"}";
    private static final String INVOICE = "{\"op\": \"invoice\", \"ref\": \"i\", \"type\": \"GENERIC\", \"client\":"
            + " \"c\", \"date\": \"2026-03-02\", \"lines\": [{\"item\": \"Print\", \"qty\": 1,"
            + " \"price\": \"100.00\"}]}";

    @TempDir
    Path dir;

    private JsonNode steps(String... steps) {
        try {
            Path file = dir.resolve("s" + System.nanoTime() + ".json");
            Files.writeString(file, "{\"studio\": " + STUDIO + ", \"steps\": [" + String.join(", ", steps) + "]}",
                    StandardCharsets.UTF_8);
            CliRun run = CliRun.of("run", file.toString());
            assertThat(run.exit()).as(run.stderr()).isIn(0, 1);
            return JSON.readTree(run.stdout()).get("steps");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode error(JsonNode steps, int i) {
        JsonNode step = steps.get(i);
        assertThat(step.get("ok").booleanValue()).as("step %d is refused", i).isFalse();
        return step.get("error");
    }

    private static List<String> keys(JsonNode o) {
        List<String> keys = new ArrayList<>();
        o.propertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    @DisplayName("§13 a refused step's error carries the refusal's values, in the order it gave them")
    void a_refused_steps_error_carries_its_values() {
        JsonNode steps = steps(CLIENT, INVOICE,
                "{\"op\": \"payment\", \"invoice\": \"i\", \"date\": \"2026-03-02\", \"method\": \"Cash\","
                        + " \"amount\": \"150.00\", \"expect\": \"OVERPAYMENT\"}",
                "{\"op\": \"payment\", \"invoice\": \"i\", \"date\": \"2026-03-02\", \"method\": \"Cash\","
                        + " \"amount\": 10, \"expect\": \"VALIDATION\"}",
                "{\"op\": \"client\", \"name\": \"B\", \"expect\": \"VALIDATION\"}");
        JsonNode over = error(steps, 2);
        assertThat(keys(over)).containsExactly("code", "message", "values");
        assertThat(over.get("code").stringValue()).isEqualTo("OVERPAYMENT");
        assertThat(over.get("values").isObject()).isTrue();
        assertThat(over.get("values").toString()).contains("\"150.00\"").contains("\"100.00\"");
        JsonNode form = error(steps, 3).get("values");
        assertThat(keys(form)).containsExactly("field");
        assertThat(form.get("field").stringValue()).isEqualTo("amount");
        JsonNode none = steps.get(4).get("error");
        assertThat(none).as("a step that succeeds has no error").isNull();
    }

    @Test
    @DisplayName("§13 whole-number values are JSON numbers, amounts and dates strings")
    void values_keep_numbers_as_numbers_and_amounts_as_strings() {
        JsonNode steps = steps(CLIENT, "{\"op\": \"invoice\", \"type\": \"GENERIC\", \"client\": \"c\", \"date\":"
                + " \"2026-03-02\", \"lines\": [{\"item\": \"P\", \"qty\": 1, \"price\": \"1.00\"},"
                + " {\"item\": \"P\", \"qty\": 1, \"price\": \"-1.00\"}], \"expect\": \"VALIDATION\"}");
        JsonNode values = error(steps, 1).get("values");
        assertThat(values.get("line").isIntegralNumber()).isTrue();
        assertThat(values.get("line").intValue()).isEqualTo(2);
        assertThat(values.get("price").isString()).isTrue();
        assertThat(values.get("price").stringValue()).isEqualTo("-1.00");
    }

    @Test
    @DisplayName("§12 a date that does not exist is refused as not a date, naming it")
    void an_impossible_date_is_not_a_date() {
        JsonNode steps = steps(CLIENT, "{\"op\": \"session\", \"client\": \"c\", \"date\": \"2026-02-30\","
                        + " \"sessionType\": \"Family\", \"expect\": \"VALIDATION\"}",
                "{\"op\": \"session\", \"client\": \"c\", \"date\": \"30/02/2026\", \"sessionType\": \"Family\","
                        + " \"expect\": \"VALIDATION\"}",
                "{\"op\": \"session\", \"client\": \"c\", \"date\": \"0000-01-01\", \"sessionType\": \"Family\","
                        + " \"expect\": \"VALIDATION\"}");
        assertThat(error(steps, 1).get("message").stringValue()).isEqualTo("field date: 2026-02-30 is not a date");
        assertThat(error(steps, 1).get("values").get("date").stringValue()).isEqualTo("2026-02-30");
        assertThat(error(steps, 2).get("message").stringValue())
                .isEqualTo("field date: \"30/02/2026\" is not a date: write it as yyyy-MM-dd, e.g. 2026-03-02");
        assertThat(error(steps, 3).get("message").stringValue())
                .isEqualTo("field date: 0000-01-01 is not a date: years run from 0001 to 9999");
        assertThat(steps.toString()).doesNotContain("ISO");
    }

    @Test
    @DisplayName("§12 an amount over the limit says the limit, and changes nothing")
    void an_amount_over_the_limit_says_the_limit() {
        JsonNode steps = steps(CLIENT, INVOICE,
                "{\"op\": \"payment\", \"invoice\": \"i\", \"date\": \"2026-03-02\", \"method\": \"Cash\","
                        + " \"amount\": \"1000000000000000.00\", \"expect\": \"VALIDATION\"}",
                "{\"op\": \"payment\", \"invoice\": \"i\", \"date\": \"2026-03-02\", \"method\": \"Cash\","
                        + " \"amount\": \"-100000000000.01\", \"expect\": \"VALIDATION\"}",
                "{\"op\": \"show\", \"record\": \"i\"}");
        assertThat(error(steps, 2).get("message").stringValue()).isEqualTo(
                "field amount: amount 1000000000000000.00 is over the limit of 100000000000.00");
        assertThat(error(steps, 2).get("values").get("limit").stringValue()).isEqualTo("100000000000.00");
        assertThat(error(steps, 3).get("message").stringValue()).contains("is over the limit of 100000000000.00");
        assertThat(steps.get(4).get("result").get("balance").stringValue()).isEqualTo("100.00");
    }

    @Test
    @DisplayName("§12 a quantity is not refused by the runner with a range of its own: the library names it")
    void a_quantity_over_the_limit_reaches_the_library() {
        JsonNode steps = steps(CLIENT, "{\"op\": \"invoice\", \"type\": \"GENERIC\", \"client\": \"c\", \"date\":"
                + " \"2026-03-02\", \"lines\": [{\"item\": \"P\", \"qty\": 1000001, \"price\": \"1.00\"}],"
                + " \"expect\": \"VALIDATION\"}",
                "{\"op\": \"invoice\", \"type\": \"GENERIC\", \"client\": \"c\", \"date\":"
                + " \"2026-03-02\", \"lines\": [{\"item\": \"P\", \"qty\": 2000000000, \"price\": \"1.00\"}],"
                + " \"expect\": \"VALIDATION\"}");
        assertThat(error(steps, 1).get("message").stringValue()).contains("quantity 1000001")
                .doesNotContain("out of range");
        assertThat(error(steps, 2).get("message").stringValue()).contains("quantity 2000000000")
                .doesNotContain("out of range");
    }

    @Test
    @DisplayName("§13 each report takes only its parameters; any other is refused with VALIDATION")
    void each_report_takes_only_its_parameters() {
        String[][] refused = {
            {"trial-balance", "\"from\": \"2026-03-01\"", "takes asOf or batch"},
            {"trial-balance", "\"asOf\": \"2026-03-01\", \"batch\": 1", "takes asOf or batch, not both"},
            {"ar-aging", "\"to\": \"2026-03-01\"", "takes asOf"},
            {"deposit-reconciliation", "\"batch\": 1", "takes asOf"},
            {"reconciliation", "\"from\": \"2026-03-01\"", "takes asOf"},
            {"cash-receipts", "\"asOf\": \"2026-03-01\"", "takes from and to"},
            {"sales-tax", "\"batch\": 1", "takes from and to"},
            {"payment-list", "\"asOf\": \"2026-03-01\"", "takes from and to"},
            {"posting-summary", "\"asOf\": \"2026-03-01\"", "takes batch"},
            {"order-status", "\"asOf\": \"2026-03-01\"", "takes no parameters"}};
        List<String> list = new ArrayList<>(List.of(CLIENT, INVOICE,
                "{\"op\": \"post\", \"through\": \"2026-03-31\"}"));
        for (String[] r : refused) {
            list.add("{\"op\": \"report\", \"name\": \"" + r[0] + "\", " + r[1] + ", \"expect\": \"VALIDATION\"}");
        }
        JsonNode steps = steps(list.toArray(String[]::new));
        for (int i = 0; i < refused.length; i++) {
            JsonNode error = error(steps, 3 + i);
            assertThat(error.get("code").stringValue()).isEqualTo("VALIDATION");
            assertThat(error.get("message").stringValue()).as(refused[i][0]).contains("report " + refused[i][0]
                    + " " + refused[i][2]);
        }
    }

    @Test
    @DisplayName("§13 RPT-3 reconciliation takes asOf: it is not refused as a parameter it does not take")
    void reconciliation_takes_as_of() {
        JsonNode steps = steps(CLIENT, INVOICE, "{\"op\": \"post\", \"through\": \"2026-03-31\"}",
                "{\"op\": \"report\", \"name\": \"reconciliation\", \"asOf\": \"2026-03-31\"}",
                "{\"op\": \"report\", \"name\": \"reconciliation\"}",
                "{\"op\": \"report\", \"name\": \"ar-aging\", \"asOf\": \"2026-03-31\"}",
                "{\"op\": \"report\", \"name\": \"trial-balance\", \"batch\": 1}");
        JsonNode asOf = steps.get(3);
        if (!asOf.get("ok").booleanValue()) {
            assertThat(asOf.get("error").get("message").stringValue()).doesNotContain("takes")
                    .contains("asOf");
        } else {
            assertThat(asOf.get("result").get("holds").booleanValue()).isTrue();
        }
        assertThat(steps.get(4).get("result").get("holds").booleanValue()).isTrue();
        assertThat(steps.get(5).get("ok").booleanValue()).isTrue();
        assertThat(steps.get(6).get("ok").booleanValue()).isTrue();
    }

    @Test
    @DisplayName("SCN-2 empty codes in a scan step are ignored: not results, not errors, not counted")
    void empty_scan_codes_are_ignored() {
        JsonNode steps = steps(CLIENT, INVOICE, "{\"op\": \"productionOrder\", \"invoice\": \"i\", \"vendor\":"
                        + " \"Lab\", \"kind\": \"PURCHASE_ORDER\", \"number\": 7}",
                "{\"op\": \"scan\", \"mode\": \"ADVANCE\", \"codes\": [\"\", \"P7\", \" \", \"\\t\"]}",
                "{\"op\": \"scan\", \"mode\": \"ADVANCE\", \"codes\": [\"\"]}");
        JsonNode scan = steps.get(3).get("result");
        assertThat(scan.get("results")).hasSize(1);
        assertThat(scan.get("results").get(0).get("code").stringValue()).isEqualTo("P7");
        assertThat(scan.get("updated").intValue()).isEqualTo(1);
        assertThat(scan.get("errors").intValue()).isZero();
        JsonNode empty = steps.get(4).get("result");
        assertThat(empty.get("results")).isEmpty();
        assertThat(empty.get("updated").intValue()).isZero();
        assertThat(empty.get("errors").intValue()).isZero();
    }
}
