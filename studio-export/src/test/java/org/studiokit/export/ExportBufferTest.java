package org.studiokit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The byte buffer the exporters write with: the same bytes as formatting to a string and encoding it. */
class ExportBufferTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    @DisplayName("amounts and numbers as digits equal ExportBook's text for every scale, sign and width")
    void amountsMatchTheBook() {
        Random r = new Random(7);
        for (String code : List.of("JPY", "USD", "BHD")) {
            ExportBook book = new ExportBook(Currency.getInstance(code), List.of(), Map.of(), ExportOptions.defaults());
            for (int i = 0; i < 2000; i++) {
                long minor = i < 40 ? (long) Math.pow(10, i % 19) * (i % 2 == 0 ? 1 : -1) - (i % 3) : r.nextLong()
                        >> r.nextInt(63);
                ExportBuffer out = new ExportBuffer(StandardCharsets.UTF_8, 8);
                out.amount(minor, book.scale(), 0).ascii('|').amount(minor, book.scale(), 2).ascii('|').number(minor);
                assertThat(new String(out.toByteArray(), StandardCharsets.US_ASCII)).as(code + " " + minor)
                        .isEqualTo(book.amount(minor) + "|" + book.amount(minor, 2) + "|" + minor);
            }
        }
    }

    @Test
    @DisplayName("text is encoded as String.getBytes does, in UTF-8 and Windows-1252; repeat and truncate work on bytes")
    void textEncodesLikeTheCharset() {
        String[] texts = {"plain", "Zoë Ångström", "Emoji 📷 \ud83d lone", "€ – “quotes”", ""};
        for (Charset cs : List.of(StandardCharsets.UTF_8, CP1252)) {
            ExportBuffer out = new ExportBuffer(cs, 4);
            StringBuilder expected = new StringBuilder();
            for (String t : texts) {
                out.text(t).ascii(',');
                expected.append(t).append(',');
            }
            int from = out.size();
            out.text("abc");
            out.repeat(from, out.size()).truncate(out.size() - 1);
            expected.append("abcab");
            assertThat(out.toByteArray()).as(cs.name()).isEqualTo(expected.toString().getBytes(cs));
            assertThat(out.encode("Zoë")).isEqualTo("Zoë".getBytes(cs));
        }
    }

    @Test
    @DisplayName("EXP-5 plain text is exactly the text cleaning leaves alone; it is written only when plain")
    void plainTextIsAlreadyClean() {
        PlainText csv = PlainText.except(",\";");
        for (String t : List.of("invoice 1001", "SK-1-2", "a  b", " lead", "trail ", "", "tab\there", "Zoë", "a,b",
                "q\"", "semi;", "ok: colon")) {
            ExportBuffer out = new ExportBuffer(StandardCharsets.UTF_8, 4);
            boolean plain = csv.test(t);
            assertThat(csv.write(out, t)).as(t).isEqualTo(plain);
            assertThat(out.size()).as(t).isEqualTo(plain ? t.length() : 0);
            if (plain) {
                assertThat(Clean.line(t, "-")).isEqualTo(t);
                assertThat(Csv.text(t)).isEqualTo(t);
            }
        }
        assertThat(csv.test("invoice 1001")).isTrue();
        assertThat(csv.test("a  b")).isFalse();
        assertThat(csv.test("a,b")).isFalse();
    }
}
