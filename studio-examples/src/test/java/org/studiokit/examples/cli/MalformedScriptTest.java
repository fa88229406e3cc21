package org.studiokit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.studiokit.examples.CliRun;

/**
 * A malformed script (SPEC §13) exits 2, prints nothing on standard output, runs nothing and prints one message
 * naming the step index, the op and the field.
 */
class MalformedScriptTest {
    private static final String STUDIO = "{\"studio\": {\"currency\": \"USD\"}, \"steps\": ";
    private static final String CLIENT = "{\"op\": \"client\", \"ref\": \"c\", \"name\": \"Cy\"}";

    @TempDir
    Path dir;

    static String steps(String... steps) {
        return STUDIO + "[" + String.join(", ", steps) + "]}";
    }

    static String studio(String fields) {
        return "{\"studio\": {\"currency\": \"USD\", " + fields + "}, \"steps\": []}";
    }

    static Stream<Arguments> cases() {
        String deep = "[".repeat(200) + "]".repeat(200);
        return Stream.of(
                Arguments.of("not JSON", "this is not json", List.of("not JSON")),
                Arguments.of("empty file", "", List.of("not JSON")),
                Arguments.of("text after the script", steps() + " extra", List.of("not JSON")),
                Arguments.of("truncated", steps(CLIENT).substring(0, 40), List.of("not JSON")),
                Arguments.of("duplicate key", steps("{\"op\": \"client\", \"name\": \"a\", \"name\": \"b\"}"),
                        List.of("not JSON", "the field \"name\" appears twice in the same object")),
                Arguments.of("deep nesting", STUDIO + "[" + deep + "]}",
                        List.of("not JSON", "nested deeper than 64 levels")),
                Arguments.of("a JSON array", "[]", List.of("JSON object")),
                Arguments.of("unknown top-level field",
                        "{\"studio\": {\"currency\": \"USD\"}, \"steps\": [], \"x\": 1}",
                        List.of("unknown top-level field", "\"x\"")),
                Arguments.of("no studio", "{\"steps\": []}", List.of("studio")),
                Arguments.of("no steps", "{\"studio\": {\"currency\": \"USD\"}}", List.of("steps")),
                Arguments.of("no currency", "{\"studio\": {}, \"steps\": []}",
                        List.of("studio block, field currency", "missing required field")),
                Arguments.of("bad currency", "{\"studio\": {\"currency\": \"XYZ\"}, \"steps\": []}",
                        List.of("field currency", "XYZ")),
                Arguments.of("unknown studio field", studio("\"colour\": \"red\""),
                        List.of("studio block, field colour", "unknown field")),
                Arguments.of("bad tax rate", studio("\"taxRates\": [{\"code\": \"ST\", \"rate\": \"abc\"}]"),
                        List.of("studio block", "tax rate")),
                Arguments.of("tax rate without code", studio("\"taxRates\": [{\"rate\": \"4\"}]"),
                        List.of("field taxRates[0].code", "missing required field")),
                Arguments.of("unknown default tax", studio("\"defaultTaxes\": [\"ST\"]"),
                        List.of("studio block", "unknown tax code ST")),
                Arguments.of("no users", studio("\"users\": []"), List.of("field users")),
                Arguments.of("user twice", studio("\"users\": [{\"name\": \"a\", \"role\": \"OWNER\"},"
                        + " {\"name\": \"a\", \"role\": \"CLERK\"}]"), List.of("field users[1].name", "twice")),
                Arguments.of("unknown role", studio("\"users\": [{\"name\": \"a\", \"role\": \"BOSS\"}]"),
                        List.of("field users[0].role", "BOSS")),
                Arguments.of("custom policy", studio("\"postingPolicy\": \"CUSTOM\""),
                        List.of("field postingPolicy", "CUSTOM")),
                Arguments.of("unknown account role", studio("\"accounts\": {\"CASH\": \"Till\"}"),
                        List.of("field accounts.CASH", "unknown account role")),
                Arguments.of("bad lock date", studio("\"lockDate\": \"31/03/2026\""), List.of("field lockDate")),
                Arguments.of("unknown numbering", studio("\"numbering\": {\"movement\": 5}"),
                        List.of("field numbering.movement", "unknown field")),
                Arguments.of("order type without statuses", studio("\"orderTypes\": [{\"name\": \"Print\"}]"),
                        List.of("field orderTypes[0].statuses", "missing required field")),
                Arguments.of("a step that is not an object", steps("5"), List.of("step 0", "JSON object")),
                Arguments.of("a step without op", steps("{}"), List.of("step 0", "field op", "missing")),
                Arguments.of("op not a string", steps("{\"op\": 7}"), List.of("step 0", "field op")),
                Arguments.of("unknown op", steps(CLIENT, "{\"op\": \"fly\"}"),
                        List.of("step 1", "field op", "unknown op \"fly\"")),
                Arguments.of("export without a batch", steps("{\"op\": \"export\", \"format\": \"iif\"}"),
                        List.of("step 0 (export), field batch", "missing required field")),
                Arguments.of("unknown field", steps(CLIENT, "{\"op\": \"client\", \"name\": \"x\", \"colour\": 1}"),
                        List.of("step 1 (client), field colour", "unknown field")),
                Arguments.of("ref on an op that takes none", steps("{\"op\": \"verifyAudit\", \"ref\": \"v\"}"),
                        List.of("step 0 (verifyAudit), field ref", "unknown field")),
                Arguments.of("missing required field", steps("{\"op\": \"client\"}"),
                        List.of("step 0 (client), field name", "missing required field")),
                Arguments.of("null required field", steps("{\"op\": \"client\", \"name\": null}"),
                        List.of("step 0 (client), field name", "missing required field")),
                Arguments.of("undefined ref", steps("{\"op\": \"session\", \"client\": \"nobody\","
                        + " \"date\": \"2026-03-02\", \"sessionType\": \"Family\"}"),
                        List.of("step 0 (session), field client",
                                "\"nobody\" is not a ref defined by an earlier step")),
                Arguments.of("ref used before it is defined", steps("{\"op\": \"session\", \"client\": \"c\","
                        + " \"date\": \"2026-03-02\", \"sessionType\": \"Family\"}", CLIENT),
                        List.of("step 0 (session), field client", "not a ref defined by an earlier step")),
                Arguments.of("ref defined twice", steps(CLIENT, CLIENT),
                        List.of("step 1 (client), field ref", "defined twice", "first by step 0")),
                Arguments.of("ref not a string", steps("{\"op\": \"client\", \"ref\": 5, \"name\": \"x\"}"),
                        List.of("step 0 (client), field ref")),
                Arguments.of("ref field not a string", steps(CLIENT, "{\"op\": \"deposit\", \"client\": 1,"
                        + " \"date\": \"2026-03-02\", \"method\": \"Cash\", \"amount\": \"1.00\"}"),
                        List.of("step 1 (deposit), field client", "JSON string")),
                Arguments.of("unknown user", steps("{\"op\": \"client\", \"name\": \"x\", \"as\": \"zed\"}"),
                        List.of("step 0 (client), field as", "\"zed\"")),
                Arguments.of("unknown expected code",
                        steps("{\"op\": \"client\", \"name\": \"x\", \"expect\": \"BOOM\"}"),
                        List.of("step 0 (client), field expect")),
                Arguments.of("unknown line field", steps(CLIENT, "{\"op\": \"invoice\", \"type\": \"GENERIC\","
                        + " \"client\": \"c\", \"date\": \"2026-03-02\", \"lines\": [{\"item\": \"P\", \"qty\": 1,"
                        + " \"price\": \"1.00\", \"colour\": 1}]}"),
                        List.of("step 1 (invoice), field lines[0].colour", "unknown field")),
                Arguments.of("line without price", steps(CLIENT, "{\"op\": \"quickSale\", \"date\": \"2026-03-02\","
                        + " \"method\": \"Cash\", \"lines\": [{\"item\": \"P\", \"qty\": 1}]}"),
                        List.of("step 1 (quickSale), field lines[0].price", "missing required field")),
                Arguments.of("undefined batch ref", steps("{\"op\": \"report\", \"name\": \"trial-balance\","
                        + " \"batch\": \"b9\"}"), List.of("step 0 (report), field batch", "\"b9\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_malformed_script_exits_2_with_one_message_naming_where(String name, String script, List<String> says)
            throws IOException {
        Path file = dir.resolve("script.json");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("run", file.toString(), "--out", dir.resolve("out").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).startsWith("studio run: malformed script: ").containsSubsequence(says);
        assertThat(run.stderr().strip().lines()).hasSize(1);
        assertThat(run.stderr()).doesNotContain("\tat ");
        assertThat(dir.resolve("out/result.json")).doesNotExist();
    }

    static Stream<Arguments> notJson() {
        return Stream.of(
                Arguments.of("{\"studio\": {\"currency\" \"USD\"}}",
                        "a colon belongs between a field name and its value (line 1, column 24)"),
                Arguments.of("{\"studio\": {\"currency\": \"USD\"}\n \"steps\": []}",
                        "a comma is missing between two fields (line 2, column 2)"),
                Arguments.of("{\"studio\": {\"currency\": \"USD\",}, \"steps\": []}",
                        "a field name in double quotes belongs here (is there a comma too many?) (line 1, column 31)"),
                Arguments.of("{\"studio\": {currency: \"USD\"}}", "unexpected \"c\""),
                Arguments.of(STUDIO + "[1 2]}", "a comma is missing between two items of a list"),
                Arguments.of(STUDIO + "[tru]}", "\"tru\" is not a JSON value (text goes in double quotes;"
                        + " the only bare words are true, false and null)"),
                Arguments.of(STUDIO + "[{\"op\": 'client'}]}", "a JSON value belongs here (text goes in double quotes,"
                        + " not single ones)"),
                Arguments.of(STUDIO + "[{\"op\": \"cli\nent\"}]}", "a string holds a raw control character"),
                Arguments.of(STUDIO + "[{\"qty\": 01}]}", "a number starts with a zero"),
                Arguments.of(STUDIO + "[{\"qty\": NaN}]}", "\"NaN\" is not a JSON value"),
                Arguments.of(STUDIO + "[{\"op\": \"\\q\"}]}", "\\q is not an escape JSON knows"),
                Arguments.of(STUDIO + "[]}}", "a \"}\" closes nothing that is open"),
                Arguments.of(STUDIO + "[]} {}", "there is more text after the script's JSON value (line 1, column 47)"),
                Arguments.of(STUDIO + "[{\"op\": ", "the text ends before the JSON is complete"),
                Arguments.of(STUDIO + "[{\"op\": \"" + "x".repeat(100_001) + "\"}]}",
                        "a string is longer than 100000 characters"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("notJson")
    void text_that_is_not_json_is_described_in_plain_words_with_line_and_column(String script, String says)
            throws IOException {
        Path file = dir.resolve("script.json");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("run", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("studio run: malformed script: not JSON: ").contains(says);
        assertThat(run.stderr()).doesNotContain("code ", "Feature", "Constraints", "Object entries", "property name",
                "token", "Exception", "expecting", "`");
        assertThat(run.stderr().strip().lines()).hasSize(1);
    }
}
