package org.studiokit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The columns of an export book hold exactly its transactions; day summaries net like the per-line netting. */
class ExportColumnsTest {
    /** @return the transactions the columns describe, rebuilt as records */
    static List<ExportTransaction> rebuilt(ExportColumns c, List<ExportTransaction> original) {
        List<ExportTransaction> out = new ArrayList<>();
        for (int t = 0; t < c.transactions(); t++) {
            List<ExportLine> lines = new ArrayList<>();
            for (int i = c.start(t); i < c.end(t); i++) {
                lines.add(new ExportLine(c.accountName(c.account(i)), c.client(i) < 0 ? null
                        : c.clientName(c.client(i)), c.amount(i)));
            }
            out.add(new ExportTransaction(c.batch(t), c.entry(t), c.day(c.date(t)), c.source(t), c.label(t),
                    c.memo(t), original.get(t).method(), c.reference(t), lines));
        }
        return out;
    }

    /** The summary as the per-line netting makes it: per batch, each day in date order, {@link Netting#net}. */
    static List<List<ExportLine>> netted(ExportBook book) {
        List<List<ExportLine>> out = new ArrayList<>();
        for (ExportBatch b : book.batches()) {
            Map<LocalDate, List<ExportTransaction>> days = new TreeMap<>();
            b.transactions().forEach(t -> days.computeIfAbsent(t.date(), d -> new ArrayList<>()).add(t));
            days.values().stream().map(Netting::net).filter(l -> !l.isEmpty()).forEach(out::add);
        }
        return out;
    }

    private static void check(ExportBook book) {
        ExportColumns c = book.columns();
        assertThat(rebuilt(c, book.transactions())).isEqualTo(book.transactions());
        assertThat(c.lines()).isEqualTo(book.transactions().stream().mapToInt(t -> t.lines().size()).sum());
        assertThat(c.clientNames()).containsExactlyElementsOf(book.clients());
        for (int t = 0; t < c.transactions(); t++) {
            String client = book.transactions().get(t).client();
            assertThat(c.clientOf(t) < 0 ? null : c.clientName(c.clientOf(t))).isEqualTo(client);
        }
        List<ExportTransaction> days = DaySummary.of(book);
        assertThat(days.stream().map(ExportTransaction::lines).toList()).isEqualTo(netted(book));
        ExportColumns dense = DaySummary.columns(book);
        ExportColumns sparse = DaySummary.columns(book, 0);
        assertThat(rebuilt(sparse, days)).as("sums through a map").isEqualTo(rebuilt(dense, days));
        for (ExportTransaction d : days) {
            assertThat(d.source()).isEqualTo(Source.DAY_SUMMARY);
            assertThat(d.label()).startsWith("batch " + d.batch() + " summary " + d.date() + " (");
            assertThat(d.reference()).isEqualTo(BatchReader.reference(book.options().studio(), d.batch(), d.entry()));
        }
    }

    @Test
    @DisplayName("EXP-2 the columns of the golden and hostile books are their transactions; summaries net per account and client")
    void fixedBooks() {
        check(ExportFixture.golden().book(ExportOptions.defaults()));
        check(Hostile.studio().book(ExportOptions.defaults()));
    }

    @Test
    @DisplayName("EXP-2 the columns of 40 random posted studios are their transactions; summaries net per account and client")
    void randomBooks() {
        RandomStudios.forAll(40, books -> check(new BatchReader(books, ExportOptions.defaults())
                .read(RandomStudios.all(books))));
    }

    @Test
    @DisplayName("EXP-5 a text's plain test from the columns' flags equals the test of the text, and copies the same bytes")
    void plainTextFromFlags() {
        List<String> texts = new ArrayList<>(Hostile.NAMES);
        texts.addAll(List.of("invoice 1001", "SK-1-2", "a  b", " lead", "trail ", "", "tab\there", "Zoë", "a,b",
                "q\"", "semi;", "ok: colon", "back\\slash", "=SUM(A1)", "-5", "@x", "+1", "del\u007f", "€"));
        List<ExportTransaction> txs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            txs.add(new ExportTransaction(1, i + 1, LocalDate.of(2026, 1, 2), Source.INVOICE, text,
                    i % 2 == 0 ? text : "memo", null, text.isEmpty() ? "-" : text, List.of(new ExportLine("A/R", "Ann",
                    100), new ExportLine("Sales", null, -100))));
        }
        ExportBook book = new ExportBook(Currency.getInstance("USD"), List.of(new ExportBatch(1,
                LocalDate.of(2026, 1, 31), txs)), Map.of("A/R", AccountType.RECEIVABLE, "Sales", AccountType.INCOME),
                ExportOptions.defaults());
        ExportColumns c = book.columns();
        for (String special : List.of("\"", ",\";", "\\\"", ";", "\":", "#")) {
            PlainText plain = PlainText.except(special);
            for (int t = 0; t < c.transactions(); t++) {
                for (int text : new int[] {c.referenceText(t), c.labelText(t)}) {
                    String s = c.text(text);
                    assertThat(plain.test(c, text)).as(special + " " + s).isEqualTo(plain.test(s));
                    ExportBuffer byFlags = new ExportBuffer(java.nio.charset.StandardCharsets.UTF_8, 4);
                    ExportBuffer byText = new ExportBuffer(java.nio.charset.StandardCharsets.UTF_8, 4);
                    assertThat(plain.write(byFlags, c, text)).isEqualTo(plain.write(byText, s));
                    assertThat(byFlags.toByteArray()).as(s).isEqualTo(byText.toByteArray());
                    c.write(byFlags.truncate(0), text);
                    assertThat(byFlags.toByteArray()).as(s).isEqualTo(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    assertThat(c.length(text)).isEqualTo(s.length());
                    assertThat(PlainText.formula(c, text)).isEqualTo(!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0);
                }
                assertThat(c.memoIsLabel(t)).isEqualTo(c.memo(t).equals(c.label(t)));
            }
        }
    }

    @Test
    @DisplayName("EXP-5 a line whose account has no type is refused when the book is made")
    void untypedAccountIsRefused() {
        ExportTransaction t = new ExportTransaction(1, 1, LocalDate.of(2026, 1, 2), Source.INVOICE, "invoice 1", "",
                null, "SK-1-1", List.of(new ExportLine("A/R", "Ann", 100), new ExportLine("Sales", null, -100)));
        assertThatThrownBy(() -> new ExportBook(Currency.getInstance("USD"), List.of(new ExportBatch(1,
                LocalDate.of(2026, 1, 31), List.of(t))), Map.of("A/R", AccountType.RECEIVABLE),
                ExportOptions.defaults())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Sales");
    }
}
