package org.studiokit.benchmarks.db;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.studiokit.core.Studio;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.money.Money;
import org.studiokit.core.movement.Deposit;
import org.studiokit.core.movement.Pay;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.settings.TaxRate;
import org.studiokit.jpa.JpaStudio;
import org.studiokit.jpa.StudioDatabase;
import org.studiokit.posting.run.PostingRequest;

/** Records the script's steps through a JPA-backed studio: one command (one transaction) per step. */
final class StudioRecorder {
    static final Actor OWNER = Actor.of("owner", Role.OWNER);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-02T00:00:00Z"), ZoneOffset.UTC);

    private final JpaStudio jpa;
    private final Map<String, Long> refs = new HashMap<>();

    /** Opens (creates) the studio {@code id} with the books' settings: USD, State 4 %, City 4.5 %. */
    StudioRecorder(StudioDatabase db, String id) {
        this.jpa = db.studio(id, settings(), CLOCK);
    }

    /** The settings of {@code books.json}. */
    static StudioSettings settings() {
        return StudioSettings.defaults("USD").toBuilder().taxRate(TaxRate.of("ST", "State", "4", null))
                .taxRate(TaxRate.of("CITY", "City", "4.5", null)).defaultTaxes(List.of("ST", "CITY")).build();
    }

    /** @return the studio */
    JpaStudio studio() {
        return jpa;
    }

    /** Records the clients. */
    void clients(List<Step> steps) {
        Studio studio = jpa.studio();
        for (Step s : steps) {
            if (s.op().equals("client")) {
                refs.put(s.ref(), studio.clients().create(OWNER, s.name()).id());
            }
        }
    }

    /** Records every document step, one command each; @return how many */
    int documents(List<Step> steps) {
        Studio studio = jpa.studio();
        var usd = jpa.studio().settings().currency();
        int n = 0;
        for (Step s : steps) {
            switch (s.op()) {
                case "invoice" -> refs.put(s.ref(), studio.invoices().create(OWNER, DocumentDraft.forClient(
                        DocumentType.GENERIC, refs.get(s.target()), s.date()).line(Line.of(s.name(), 1,
                        Money.parse(s.amount(), usd)))).id());
                case "payment" -> studio.money().pay(OWNER, Pay.of(refs.get(s.target()), Money.parse(s.amount(),
                        usd)).method(s.method()).on(s.date()));
                case "deposit" -> studio.money().deposit(OWNER, Deposit.of(refs.get(s.target()), Money.parse(
                        s.amount(), usd)).method(s.method()).on(s.date()));
                default -> {
                    continue;
                }
            }
            n++;
        }
        return n;
    }

    /** One posting run through {@code date} (one transaction); @return the entries it booked */
    int post(LocalDate date) {
        return jpa.books().post(OWNER, PostingRequest.through(date)).stream().mapToInt(b -> b.entries().size())
                .sum();
    }
}
