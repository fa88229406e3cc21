package org.studiokit.examples.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studiokit.examples.StudioCommand;

/**
 * Scenario scripts checked figure by figure against SPEC §13 and the rules it drives (§2–§10). Figures were worked
 * out by hand from the SPEC before running.
 */
class RunnerSpecTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private record Out(int exit, String stdout, String stderr) {
        JsonNode json() {
            return JSON.readTree(stdout);
        }

        JsonNode step(int i) {
            return json().get("steps").get(i);
        }

        JsonNode result(int i) {
            return step(i).get("result");
        }
    }

    private Out run(String script) {
        try {
            Path file = dir.resolve("s" + System.nanoTime() + ".json");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = StudioCommand.run(new String[] {"run", file.toString()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Out(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String script(String studio, String... steps) {
        return "{\"studio\":" + studio + ",\"steps\":[" + String.join(",", steps) + "]}";
    }

    private static final String CLIENT = "{\"op\":\"client\",\"ref\":\"c\",\"name\":\"A\"}";

    private static void assertMalformed(Out out, String... mentions) {
        assertEquals(2, out.exit(), out.stderr());
        assertEquals("", out.stdout(), "nothing runs");
        for (String m : mentions) {
            assertTrue(out.stderr().contains(m), () -> "message should name " + m + ": " + out.stderr());
        }
        assertEquals(1, out.stderr().strip().lines().count(), "one message");
    }

    // ---------------------------------------------------------------- money: currency decimals, rounding

    @Test
    void jpyHasNoDecimalsAndAmountsMustBeStrings() {
        Out out = run(script("{\"currency\":\"JPY\",\"taxRates\":[{\"code\":\"CT\",\"rate\":\"10\"}],\"defaultTaxes\":[\"CT\"]}",
                CLIENT,
                "{\"op\":\"invoice\",\"ref\":\"i\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":3,\"price\":\"333\"}],\"discount\":\"10%\",\"shipping\":\"500\"}",
                "{\"op\":\"payment\",\"invoice\":\"i\",\"date\":\"2026-03-02\",\"method\":\"Cash\",\"amount\":\"100\"}",
                "{\"op\":\"payment\",\"invoice\":\"i\",\"date\":\"2026-03-02\",\"method\":\"Cash\",\"amount\":\"100.0\",\"expect\":\"VALIDATION\"}",
                "{\"op\":\"payment\",\"invoice\":\"i\",\"date\":\"2026-03-02\",\"method\":\"Cash\",\"amount\":100,\"expect\":\"VALIDATION\"}",
                "{\"op\":\"post\",\"ref\":\"b\",\"through\":\"2026-03-31\"}"));
        assertEquals(0, out.exit(), out.stdout());
        JsonNode inv = out.result(1);
        // 3 x 333 = 999; 10 % = 99.9 -> 100 (HALF_UP); tax 10 % of 899 = 89.9 -> 90; total 999 - 100 + 500 + 90
        assertEquals("999", inv.get("subtotal").stringValue());
        assertEquals("100", inv.get("discount").stringValue());
        assertEquals("90", inv.get("taxes").get("CT").stringValue());
        assertEquals("1489", inv.get("total").stringValue());
        assertEquals("1389", out.result(2).get("balance").stringValue());
        assertEquals("1", out.result(2).get("number").stringValue());
        assertFalse(out.step(3).get("ok").booleanValue());
        assertTrue(out.step(3).get("met").booleanValue());
        JsonNode post = out.result(5);
        assertEquals("1689", post.get("debits").stringValue());
        assertEquals("1689", post.get("credits").stringValue());
        assertEquals("0", post.get("journal").get("Discounts").get("credit").stringValue());
    }

    @Test
    void bhdThreeDecimalsHalfEvenAndLargestRemainder() {
        Out out = run(script("{\"currency\":\"BHD\",\"rounding\":\"HALF_EVEN\",\"taxRates\":[{\"code\":\"V\",\"rate\":\"10\"}],"
                        + "\"defaultTaxes\":[\"V\"]}",
                CLIENT,
                // discount 0.103 over 1.025 : 0.005 -> 102.5 : 0.5 mils, tie to the earlier line -> 0.103 : 0.000
                "{\"op\":\"invoice\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-02\",\"lines\":["
                        + "{\"item\":\"X\",\"qty\":1,\"price\":\"1.025\"},{\"item\":\"Y\",\"qty\":1,\"price\":\"0.005\",\"taxes\":[]}],"
                        + "\"discount\":\"10%\"}",
                "{\"op\":\"invoice\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":1,\"price\":\"1.0255\"}],\"expect\":\"VALIDATION\"}",
                // 0.045 x 10 % = 0.0045 -> 0.004 under HALF_EVEN (0.005 under HALF_UP)
                "{\"op\":\"invoice\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":1,\"price\":\"0.045\"}]}"));
        assertEquals(0, out.exit(), out.stdout());
        assertEquals("1.030", out.result(1).get("subtotal").stringValue());
        assertEquals("0.103", out.result(1).get("discount").stringValue());
        assertEquals("0.092", out.result(1).get("tax").stringValue());
        assertEquals("1.019", out.result(1).get("total").stringValue());
        assertEquals("0.004", out.result(3).get("tax").stringValue());
        assertEquals("0.049", out.result(3).get("total").stringValue());
    }

    @Test
    void inclusiveHalfEven() {
        Out out = run(script("{\"currency\":\"EUR\",\"taxMode\":\"INCLUSIVE\",\"rounding\":\"HALF_EVEN\","
                        + "\"taxRates\":[{\"code\":\"V\",\"rate\":\"20\"}],\"defaultTaxes\":[\"V\"]}",
                CLIENT,
                // net = round(0.03 / 1.2 = 0.025) = 0.02 half even; tax 0.01
                "{\"op\":\"invoice\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":1,\"price\":\"0.03\"}]}"));
        assertEquals("0.01", out.result(1).get("tax").stringValue());
        assertEquals("0.03", out.result(1).get("total").stringValue());
    }

    // ---------------------------------------------------------------- ADDED tax, discounts, shipping, post result

    private static final String US = "{\"currency\":\"USD\",\"taxRates\":[{\"code\":\"ST\",\"name\":\"State\",\"rate\":\"4\"},"
            + "{\"code\":\"CITY\",\"rate\":\"4.5\"}],\"defaultTaxes\":[\"ST\",\"CITY\"],\"shippingTaxable\":true}";

    @Test
    void depositsUnapplyRefundWriteOffAndSecondPost() {
        Out out = run(script(US,
                "{\"op\":\"client\",\"ref\":\"jane\",\"name\":\"Jane Doe\"}",
                "{\"op\":\"session\",\"ref\":\"s1\",\"client\":\"jane\",\"date\":\"2026-03-02\",\"sessionType\":\"Family\"}",
                "{\"op\":\"invoice\",\"ref\":\"i1\",\"type\":\"SESSION_FEE\",\"session\":\"s1\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"Session fee\",\"qty\":1,\"price\":\"150.00\"}]}",
                "{\"op\":\"payment\",\"ref\":\"p1\",\"invoice\":\"i1\",\"date\":\"2026-03-02\",\"method\":\"Check\",\"amount\":\"50.00\"}",
                "{\"op\":\"post\",\"ref\":\"b1\",\"through\":\"2026-03-31\",\"as\":\"owner\"}",
                "{\"op\":\"invoice\",\"ref\":\"i2\",\"type\":\"INITIAL_ORDER\",\"session\":\"s1\",\"date\":\"2026-03-04\","
                        + "\"lines\":[{\"item\":\"8x10\",\"qty\":2,\"price\":\"25.00\",\"discount\":\"10%\"},"
                        + "{\"item\":\"Frame\",\"qty\":1,\"price\":\"40.00\",\"discount\":\"5.00\",\"taxes\":[\"ST\"]}],"
                        + "\"discount\":\"10.00\",\"shipping\":\"12.00\"}",
                "{\"op\":\"deposit\",\"ref\":\"d1\",\"client\":\"jane\",\"date\":\"2026-03-01\",\"method\":\"Cash\",\"amount\":\"100.00\"}",
                "{\"op\":\"applyDeposit\",\"deposit\":\"d1\",\"invoice\":\"i2\",\"date\":\"2026-03-05\",\"amount\":\"30.00\"}",
                "{\"op\":\"unapply\",\"ref\":\"u1\",\"payment\":\"p1\",\"date\":\"2026-03-06\"}",
                "{\"op\":\"unapply\",\"payment\":\"p1\",\"date\":\"2026-03-06\",\"expect\":\"NO_CHANGE\"}",
                "{\"op\":\"applyDeposit\",\"deposit\":\"u1\",\"invoice\":\"i2\",\"date\":\"2026-03-06\",\"amount\":\"20.00\"}",
                "{\"op\":\"refundDeposit\",\"deposit\":\"d1\",\"date\":\"2026-03-07\",\"method\":\"Cash\",\"amount\":\"10.00\"}",
                "{\"op\":\"writeOff\",\"invoice\":\"i1\",\"date\":\"2026-03-08\",\"amount\":\"5.00\"}",
                "{\"op\":\"post\",\"ref\":\"b2\",\"through\":\"2026-03-31\"}",
                "{\"op\":\"post\",\"ref\":\"b3\",\"through\":\"2026-03-31\"}",
                "{\"op\":\"report\",\"name\":\"trial-balance\",\"batch\":\"b3\",\"expect\":\"NOT_FOUND\"}",
                "{\"op\":\"report\",\"name\":\"ar-aging\",\"asOf\":\"2026-03-31\"}",
                "{\"op\":\"report\",\"name\":\"sales-tax\",\"from\":\"2026-03-01\",\"to\":\"2026-03-31\"}"));
        assertEquals(0, out.exit(), out.stdout());
        JsonNode i2 = out.result(5);
        // lines 45.00 and 35.00; invoice discount 10.00 -> 5.63 / 4.37 (tie to the earlier); ST base 39.37 + 30.63 + 12
        // = 82.00 -> 3.28; CITY base 39.37 + 12 = 51.37 -> 2.31; total 90 - 20 + 12 + 5.59
        assertEquals("90.00", i2.get("subtotal").stringValue());
        assertEquals("20.00", i2.get("discount").stringValue());
        assertEquals("3.28", i2.get("taxes").get("ST").stringValue());
        assertEquals("2.31", i2.get("taxes").get("CITY").stringValue());
        assertEquals("87.59", i2.get("total").stringValue());
        assertEquals("70.00", out.result(7).get("remaining").stringValue());
        assertEquals("162.75", out.result(8).get("balance").stringValue());
        assertEquals("50.00", out.result(8).get("remaining").stringValue());
        assertEquals("30.00", out.result(10).get("remaining").stringValue());
        JsonNode rd = out.result(11);
        assertEquals("7", rd.get("number").stringValue());
        assertEquals("60.00", rd.get("remaining").stringValue());
        JsonNode wo = out.result(12);
        assertEquals("CREDIT_MEMO", wo.get("type").stringValue());
        assertEquals("-5.00", wo.get("total").stringValue());
        assertEquals("0.00", wo.get("balance").stringValue());
        assertEquals("157.75", wo.get("targetBalance").stringValue());
        JsonNode b2 = out.result(13);
        assertEquals("2", b2.get("batch").asString());
        assertEquals("[\"1002\",\"1003\",\"1004\"]", b2.get("documents").toString());
        assertEquals("[\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\"]", b2.get("movements").toString());
        assertEquals("332.59", b2.get("debits").stringValue());
        assertEquals("147.59", b2.get("journal").get("Accounts Receivable").get("debit").stringValue());
        assertEquals("65.00", b2.get("journal").get("Accounts Receivable").get("credit").stringValue());
        assertEquals("150.00", b2.get("journal").get("Customer Deposits").get("credit").stringValue());
        JsonNode b3 = out.result(14);
        assertTrue(b3.get("batch").isNull());
        assertEquals(0, b3.get("documents").size());
        JsonNode aging = out.result(16);
        assertEquals("-90.00", aging.get("rows").get(0).get("deposits").stringValue());
        assertEquals("105.34", aging.get("total").stringValue());
        JsonNode tax = out.result(17);
        assertEquals("232.00", tax.get("rates").get(0).get("taxable").stringValue());
        assertEquals("201.37", tax.get("rates").get(1).get("taxable").stringValue());
        assertEquals("30.63", tax.get("rates").get(1).get("nonTaxable").stringValue());
        assertEquals("18.34", tax.get("totalTax").stringValue());
    }

    @Test
    void studioBlockMappingsNumberingLockDateAndFirstUser() {
        Out out = run(script("{\"currency\":\"USD\",\"lockDate\":\"2026-02-28\","
                        + "\"numbering\":{\"client\":50,\"session\":7,\"invoice\":200,\"order\":30},"
                        + "\"accounts\":{\"AR\":\"1200 AR\",\"SHIPPING\":\"4100 Ship\",\"DISCOUNTS\":\"4900 Disc\"},"
                        + "\"items\":[{\"name\":\"Canvas\",\"account\":\"4300 Canvas\",\"taxes\":[]}],"
                        + "\"sessionTypes\":[{\"name\":\"Wedding\",\"account\":\"4200 Wedding\"}],"
                        + "\"taxRates\":[{\"code\":\"T\",\"rate\":\"7.25\",\"account\":\"2210 T\"}],\"defaultTaxes\":[\"T\"],"
                        + "\"paymentMethods\":[{\"name\":\"Visa\",\"type\":\"CREDIT_CARD\",\"account\":\"1150 Card\"}],"
                        + "\"users\":[{\"name\":\"kim\",\"role\":\"CLERK\"},{\"name\":\"boss\",\"role\":\"OWNER\"}]}",
                CLIENT,
                "{\"op\":\"session\",\"ref\":\"s\",\"client\":\"c\",\"date\":\"2026-03-02\",\"sessionType\":\"Wedding\"}",
                "{\"op\":\"invoice\",\"ref\":\"i\",\"type\":\"INITIAL_ORDER\",\"session\":\"s\",\"date\":\"2026-03-02\",\"lines\":["
                        + "{\"item\":\"Canvas\",\"qty\":1,\"price\":\"100.00\"},{\"item\":\"Album\",\"qty\":1,\"price\":\"200.00\"},"
                        + "{\"item\":\"Misc\",\"qty\":1,\"price\":\"10.00\",\"account\":\"4500 Other\"}],"
                        + "\"shipping\":\"5.00\",\"discount\":\"3.00\"}",
                "{\"op\":\"invoice\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-02-27\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":1,\"price\":\"1.00\"}],\"expect\":\"PERIOD_CLOSED\"}",
                "{\"op\":\"payment\",\"invoice\":\"i\",\"date\":\"2026-03-02\",\"method\":\"Check\",\"amount\":\"1.00\","
                        + "\"expect\":\"VALIDATION\"}",
                "{\"op\":\"post\",\"through\":\"2026-03-31\",\"expect\":\"PERMISSION_DENIED\"}",
                "{\"op\":\"post\",\"through\":\"2026-03-31\",\"as\":\"boss\"}",
                "{\"op\":\"productionOrder\",\"invoice\":\"i\",\"vendor\":\"Lab\",\"kind\":\"PURCHASE_ORDER\"}"));
        assertEquals(0, out.exit(), out.stdout());
        assertEquals("50", out.result(0).get("number").stringValue());
        assertEquals("7", out.result(1).get("number").stringValue());
        // discount 3.00 over 100 : 200 : 10 -> 0.97 / 1.93 / 0.10; taxable 198.07 + 9.90 = 207.97 x 7.25 % = 15.08
        assertEquals("200", out.result(2).get("number").stringValue());
        assertEquals("15.08", out.result(2).get("tax").stringValue());
        assertEquals("327.08", out.result(2).get("total").stringValue());
        JsonNode j = out.result(6).get("journal");
        assertEquals("327.08", j.get("1200 AR").get("debit").stringValue());
        assertEquals("200.00", j.get("4200 Wedding").get("credit").stringValue());
        assertEquals("100.00", j.get("4300 Canvas").get("credit").stringValue());
        assertEquals("10.00", j.get("4500 Other").get("credit").stringValue());
        assertEquals("5.00", j.get("4100 Ship").get("credit").stringValue());
        assertEquals("3.00", j.get("4900 Disc").get("debit").stringValue());
        assertEquals("15.08", j.get("2210 T").get("credit").stringValue());
        assertEquals("30", out.result(7).get("number").stringValue());
        assertEquals("Ordered", out.result(7).get("status").stringValue());
    }

    // ---------------------------------------------------------------- unlock / edit / delete / close

    @Test
    void unlockEditAdjustAndClose() {
        Out out = run(script("{\"currency\":\"USD\",\"taxRates\":[{\"code\":\"T\",\"rate\":\"10\"}],\"defaultTaxes\":[\"T\"],"
                        + "\"users\":[{\"name\":\"m\",\"role\":\"MANAGER\"},{\"name\":\"o\",\"role\":\"OWNER\"}]}",
                CLIENT,
                "{\"op\":\"invoice\",\"ref\":\"i\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":1,\"price\":\"100.00\"}],\"discount\":\"10%\"}",
                "{\"op\":\"payment\",\"ref\":\"p\",\"invoice\":\"i\",\"date\":\"2026-03-03\",\"method\":\"Cash\",\"amount\":\"20.00\"}",
                "{\"op\":\"delete\",\"record\":\"i\",\"expect\":\"MONEY_APPLIED\"}",
                "{\"op\":\"post\",\"ref\":\"b\",\"through\":\"2026-03-31\"}",
                "{\"op\":\"edit\",\"record\":\"i\",\"lines\":[{\"item\":\"X\",\"qty\":2,\"price\":\"100.00\"}],\"expect\":\"LOCKED\"}",
                "{\"op\":\"unlock\",\"record\":\"i\",\"reason\":\"fix\"}",
                "{\"op\":\"unlock\",\"record\":\"i\",\"reason\":\"fix\",\"expect\":\"NO_CHANGE\"}",
                "{\"op\":\"edit\",\"record\":\"i\",\"lines\":[{\"item\":\"X\",\"qty\":2,\"price\":\"100.00\"}]}",
                "{\"op\":\"unlock\",\"record\":\"p\",\"reason\":\"fix\"}",
                "{\"op\":\"edit\",\"record\":\"p\",\"amount\":\"25.00\",\"method\":\"Check\"}",
                "{\"op\":\"post\",\"ref\":\"b2\",\"through\":\"2026-03-05\"}",
                "{\"op\":\"invoice\",\"ref\":\"j\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-20\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":1,\"price\":\"5.00\"}]}",
                "{\"op\":\"closePeriod\",\"through\":\"2026-03-31\",\"expect\":\"PERMISSION_DENIED\"}",
                "{\"op\":\"closePeriod\",\"through\":\"2026-03-31\",\"as\":\"o\",\"expect\":\"UNPOSTED_RECORDS\"}",
                "{\"op\":\"delete\",\"record\":\"j\"}",
                "{\"op\":\"closePeriod\",\"through\":\"2026-03-31\",\"as\":\"o\"}",
                "{\"op\":\"post\",\"through\":\"2026-03-31\",\"expect\":\"PERIOD_CLOSED\"}"));
        assertEquals(0, out.exit(), out.stdout());
        JsonNode unlocked = out.result(6);
        assertTrue(unlocked.get("posted").booleanValue());
        assertFalse(unlocked.get("locked").booleanValue());
        assertFalse(unlocked.get("void").booleanValue());
        // percent discount recomputed: 200 - 20 + 18 = 198, less 20 paid
        assertEquals("198.00", out.result(8).get("total").stringValue());
        assertEquals("178.00", out.result(8).get("balance").stringValue());
        assertEquals("173.00", out.result(10).get("balance").stringValue());
        JsonNode b2 = out.result(11);
        assertEquals("[\"1001\",\"1\"]", b2.get("adjusted").toString());
        assertEquals(0, b2.get("documents").size());
        assertEquals("114.00", b2.get("debits").stringValue());
        assertEquals("5.00", b2.get("journal").get("Undeposited Funds").get("debit").stringValue());
        JsonNode voided = out.result(15);
        assertTrue(voided.get("void").booleanValue());
        assertEquals("0.00", voided.get("total").stringValue());
        assertEquals("1002", voided.get("number").stringValue());
        assertEquals("2026-03-31", out.result(16).get("lockDate").stringValue());
    }

    // ---------------------------------------------------------------- ok / met / exit codes

    @Test
    void expectOnASucceedingStepIsUnmetAndRunGoesOn() {
        Out out = run(script("{\"currency\":\"USD\"}", CLIENT,
                "{\"op\":\"client\",\"name\":\"B\",\"expect\":\"VALIDATION\"}",
                "{\"op\":\"client\",\"name\":\"C\"}"));
        assertEquals(1, out.exit());
        assertFalse(out.json().get("ok").booleanValue());
        assertTrue(out.step(1).get("ok").booleanValue());
        assertFalse(out.step(1).get("met").booleanValue());
        assertEquals("3", out.result(2).get("number").stringValue());
        assertTrue(out.step(2).get("met").isBoolean());
        assertTrue(out.step(0).get("step").isInt());
    }

    @Test
    void wrongFormValuesAreRefusedWithValidation() {
        Out out = run(script("{\"currency\":\"USD\"}", CLIENT,
                "{\"op\":\"session\",\"client\":\"c\",\"date\":\"2026-02-30\",\"sessionType\":\"F\",\"expect\":\"VALIDATION\"}",
                "{\"op\":\"invoice\",\"type\":\"SESSION_FEE\",\"client\":\"c\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":1,\"price\":\"1.00\"}],\"expect\":\"VALIDATION\"}",
                "{\"op\":\"invoice\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":-1,\"price\":\"1.00\"}],\"expect\":\"VALIDATION\"}",
                "{\"op\":\"invoice\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":1,\"price\":1.00}],\"expect\":\"VALIDATION\"}",
                "{\"op\":\"invoice\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":1,\"price\":\"1.001\"}],\"expect\":\"VALIDATION\"}",
                "{\"op\":\"invoice\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-3-2\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":1,\"price\":\"1.00\"}],\"expect\":\"VALIDATION\"}",
                "{\"op\":\"invoice\",\"ref\":\"cm\",\"type\":\"CREDIT_MEMO\",\"client\":\"c\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":-1,\"price\":\"1.00\"}]}"));
        assertEquals(0, out.exit(), out.stdout());
        for (int i = 1; i <= 6; i++) {
            assertEquals("VALIDATION", out.step(i).get("error").get("code").stringValue());
        }
        assertEquals("1001", out.result(7).get("number").stringValue(), "refused steps draw no number");
        assertEquals("-1.00", out.result(7).get("total").stringValue());
    }

    @Test
    void malformedScriptsExitTwoNamingStepOpAndField() {
        assertMalformed(run("not json"));
        assertMalformed(run(script("{\"currency\":\"USD\"}", "{\"op\":\"foo\"}")), "step 0", "op");
        assertMalformed(run(script("{\"currency\":\"USD\"}", "{\"op\":\"client\",\"name\":\"a\",\"bogus\":1}")),
                "step 0", "client", "bogus");
        assertMalformed(run(script("{\"currency\":\"USD\"}", "{\"op\":\"client\"}")), "step 0", "client", "name");
        assertMalformed(run(script("{\"currency\":\"USD\"}", CLIENT, "{\"op\":\"client\",\"ref\":\"c\",\"name\":\"b\"}")),
                "step 1", "client", "ref");
        assertMalformed(run(script("{\"currency\":\"USD\"}",
                "{\"op\":\"session\",\"client\":\"x\",\"date\":\"2026-01-01\",\"sessionType\":\"F\"}")),
                "step 0", "session", "client");
        assertMalformed(run(script("{\"currency\":\"USD\"}",
                "{\"op\":\"session\",\"client\":\"c\",\"date\":\"2026-01-01\",\"sessionType\":\"F\"}", CLIENT)),
                "step 0", "session", "client");
        assertMalformed(run("{\"studio\":{\"currency\":\"USD\",\"foo\":1},\"steps\":[]}"), "foo");
        assertMalformed(run("{\"studio\":{},\"steps\":[]}"), "currency");
        assertMalformed(run(script("{\"currency\":\"USD\"}", CLIENT,
                "{\"op\":\"invoice\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-02\",\"lines\":[{\"item\":\"X\",\"qty\":1}]}")),
                "step 1", "invoice", "price");
    }

    @Test
    void sameScriptSameBytes() {
        String s = script(US, CLIENT,
                "{\"op\":\"invoice\",\"ref\":\"i\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":1,\"price\":\"10.00\"}]}",
                "{\"op\":\"post\",\"through\":\"2026-03-31\"}", "{\"op\":\"verifyAudit\"}");
        assertEquals(run(s).stdout(), run(s).stdout());
    }

    // ---------------------------------------------------------------- discrepancies

    @Test
    void unknownLineFieldIsMalformed() {
        assertMalformed(run(script("{\"currency\":\"USD\"}", CLIENT,
                "{\"op\":\"invoice\",\"type\":\"GENERIC\",\"client\":\"c\",\"date\":\"2026-03-02\","
                        + "\"lines\":[{\"item\":\"X\",\"qty\":1,\"price\":\"1.00\",\"description\":\"d\"}]}")),
                "step 1", "invoice", "description");
    }
}
