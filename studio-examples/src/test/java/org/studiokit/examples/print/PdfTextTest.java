package org.studiokit.examples.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.barcode.label.BarcodeOptions;
import org.studiokit.examples.runner.Workspace;

/** Names the standard fonts cannot encode print with a replacement, the same way every time, and never crash. */
class PdfTextTest {
    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static Workspace books;

    @BeforeAll
    static void fill() {
        books = PrintFixture.books();
    }

    @Test
    @DisplayName("§13 print: WinAnsi characters stay, each emoji or CJK code point becomes one '?', controls go")
    void unencodable_characters_are_replaced_one_per_code_point() {
        assertThat(PdfText.printable(HELVETICA, "Zoë Café – “naïve” €5")).isEqualTo("Zoë Café – “naïve” €5");
        assertThat(PdfText.printable(HELVETICA, "Zoë 📷 写真 Studio")).isEqualTo("Zoë ? ?? Studio");
        assertThat(PdfText.printable(HELVETICA, "a\tb\nc\u0007d")).isEqualTo("a b cd");
        assertThat(PdfText.printable(HELVETICA, "Ωμέγα")).isEqualTo("?????");
        assertThat(PdfText.printable(HELVETICA, null)).isEmpty();
    }

    @Test
    @DisplayName("§13 print: an invoice, work order and statement for a client named with emoji and CJK render,"
            + " with the same replaced text every time")
    void emoji_and_cjk_names_render_deterministically() {
        String name = "Studio ✨ 光";
        Printouts printouts = new Printouts(books.studio(), books.books().reports(), BarcodeOptions.all(), name);
        String first = PrintFixture.text(printouts.invoice(1044));
        assertThat(first).contains("Studio ? ?").contains("Zoë ? ?? Studio (client 101)").contains("Album ??");
        assertThat(PrintFixture.text(printouts.invoice(1044))).isEqualTo(first);
        assertThat(PrintFixture.text(printouts.workOrder(701))).contains("Zoë ? ?? Studio (client 101)");
        assertThat(PrintFixture.text(printouts.statement(101, java.time.LocalDate.of(2026, 3, 31))))
                .contains("Statement for Zoë ? ?? Studio (client 101)");
    }
}
