package org.studiokit.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.studiokit.core.IdSource;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.posting.Books;
import org.studiokit.posting.PostingRequest;

/**
 * A studio month of {@code invoices} invoices, each paid in two payments, then one posting run and the reports.
 * Run: {@code java -jar studio-benchmarks/target/benchmarks.jar}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PostingBenchmark {
    private static final Actor OWNER = Actor.of("owner", Role.OWNER);

    /** How many invoices the month has. */
    @Param({"1000", "10000"})
    public int invoices;

    private Studio studio;
    private Books books;

    /** Records the month. */
    @Setup(Level.Invocation)
    public void month() {
        studio = Studio.inMemory(StudioSettings.defaults("USD"),
                Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC), IdSource.sequential());
        books = Books.inMemory(studio);
        var usd = studio.settings().currency();
        Client client = null;
        for (int i = 0; i < invoices; i++) {
            if (i % 5 == 0) {
                client = studio.clients().create(OWNER, "Client " + i);
            }
            LocalDate date = LocalDate.of(2026, 3, 1 + i % 28);
            Document doc = studio.invoices().create(OWNER, DocumentDraft.forClient(DocumentType.GENERIC,
                    client.id(), date).line(Line.of("Print", 1 + i % 3, Money.ofMinor(2500 + i, usd))));
            Money half = Money.ofMinor(doc.total().minor() / 2, usd);
            studio.money().pay(OWNER, Pay.of(doc.id(), half).method("Cash").on(date));
            studio.money().pay(OWNER, Pay.of(doc.id(), doc.total().minus(half)).method("Check").on(date));
        }
    }

    /** @return the number of journal entries of one run over the month */
    @Benchmark
    public int postMonth() {
        return books.post(OWNER, PostingRequest.through(LocalDate.of(2026, 3, 31))).orElseThrow().entries().size();
    }
}
