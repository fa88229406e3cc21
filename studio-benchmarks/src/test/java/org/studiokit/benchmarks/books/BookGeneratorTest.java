package org.studiokit.benchmarks.books;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class BookGeneratorTest {

    @Test
    void randomIsCPythonsForTheSameSeed() {
        // random.Random(42): random(), randint(1, 2000), randint(1000, 90000), random() in CPython 3
        PyRandom r = new PyRandom(42);
        assertThat(r.random()).isEqualTo(0.6394267984578837);
        assertThat(r.randint(1, 2000)).isEqualTo(52);
        assertThat(r.randint(1000, 90000)).isEqualTo(37048);
        assertThat(r.random()).isEqualTo(0.24489185380347622);
    }

    @Test
    void booksAreOneScriptAndTwoBalancedJournalsOfTheSameDocuments(@TempDir Path dir) throws Exception {
        BookGenerator.write(1_000, dir);
        JsonNode script = new ObjectMapper().readTree(dir.resolve("books.json").toFile());
        JsonNode steps = script.get("steps");
        assertThat(steps.size()).isEqualTo(BookGenerator.CLIENTS + 1_000 + 2);
        assertThat(steps.get(steps.size() - 2).get("op").asString()).isEqualTo("post");
        long invoices = count(steps, "invoice");
        long payments = count(steps, "payment");
        long deposits = count(steps, "deposit");
        assertThat(invoices + payments + deposits).isEqualTo(1_000);
        assertThat(invoices).isBetween(400L, 600L);
        assertThat(payments).isPositive();
        assertThat(deposits).isPositive();
        List<String> journal = Files.readAllLines(dir.resolve("books.journal"));
        assertThat(journal.stream().filter(l -> l.matches("\\d{4}-\\d\\d-\\d\\d .*")).count()).isEqualTo(1_000);
        assertThat(balanced(journal)).isTrue();
        String bean = Files.readString(dir.resolve("books.beancount"));
        assertThat(bean).startsWith("option \"operating_currency\" \"USD\"\n2025-12-31 open Assets:AR:C");
        assertThat(bean).contains("* \"Invoice 0\"\n");
    }

    private static long count(JsonNode steps, String op) {
        long n = 0;
        for (JsonNode s : steps) {
            n += s.get("op").asString().equals(op) ? 1 : 0;
        }
        return n;
    }

    private static boolean balanced(List<String> journal) {
        long sum = 0;
        for (String line : journal) {
            if (line.isBlank()) {
                if (sum != 0) {
                    return false;
                }
            } else if (line.startsWith("    ")) {
                String amount = line.trim().split("\\s+")[1];
                sum += Math.round(Double.parseDouble(amount) * 100);
            }
        }
        return sum == 0;
    }
}
