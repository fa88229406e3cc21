package org.studiokit.export.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.studiokit.export.BatchReader;
import org.studiokit.export.ExportBook;
import org.studiokit.export.ExportFixture;
import org.studiokit.export.ExportOptions;
import org.studiokit.export.Hostile;
import org.studiokit.export.RandomStudios;
import org.studiokit.posting.Books;

/** EXP-2 EXP-5: every format parses back to balanced transactions whose account totals equal the journal's. */
class RoundTripTest {
    static final java.util.List<Formats> FORMATS = Formats.ALL;

    /** Parses a book's export back and checks it against the books' journal. */
    static void checkRoundTrip(Formats format, Books books, ExportBook book) {
        Parsed parsed = format.parse(book);
        assertThat(parsed.unbalanced()).as(format + ": unbalanced transactions").isEmpty();
        assertThat(parsed.transactions()).as(format + ": transactions").hasSize(format.exporter().transactions(book));
        Function<String, String> name = format.accounts().apply(book);
        Map<String, Long> expected = new TreeMap<>();
        ExportFixture.journalTotals(books.batches().stream().filter(b -> book.batchNumbers().contains(b.number()))
                .toList()).forEach((account, sum) -> expected.merge(name.apply(account), sum, Long::sum));
        Map<String, Long> actual = parsed.totals();
        expected.values().removeIf(v -> v == 0);
        actual.values().removeIf(v -> v == 0);
        assertThat(actual).as(format + ": per-account totals").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("FORMATS")
    @DisplayName("EXP-2 EXP-5 the golden studio's batch parses back balanced with the journal's account totals")
    void golden(Formats format) {
        ExportFixture f = ExportFixture.golden();
        checkRoundTrip(format, f.books, f.book(ExportOptions.defaults()));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("FORMATS")
    @DisplayName("EXP-5 hostile names in clients, items, accounts and methods: well formed, same counts, distinct names")
    void hostile(Formats format) {
        ExportFixture f = Hostile.studio();
        ExportBook book = f.book(ExportOptions.defaults());
        checkRoundTrip(format, f.books, book);
        Parsed parsed = format.parse(book);
        long clients = parsed.transactions().stream().flatMap(t -> t.stream()).map(Parsed.Row::client)
                .filter(c -> c != null).distinct().count();
        if (!format.exporter().id().equals("sage50")) {
            assertThat(clients).as(format + ": every client stays distinct").isEqualTo(book.clients().size());
        }
        assertThat(parsed.totals()).as(format + ": every account stays distinct")
                .hasSize(book.accounts().size());
    }

    @Test
    @DisplayName("EXP-2 EXP-5 60 random posted studios: every format parses back balanced with the journal's totals")
    void randomStudios() {
        RandomStudios.forAll(60, books -> {
            ExportBook book = new BatchReader(books, ExportOptions.defaults()).read(RandomStudios.all(books));
            FORMATS.forEach(format -> checkRoundTrip(format, books, book));
        });
    }
}
