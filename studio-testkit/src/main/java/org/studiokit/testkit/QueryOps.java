package org.studiokit.testkit;

import static org.studiokit.testkit.CoreOps.pickId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Studio;
import org.studiokit.core.StudioException;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.party.Client;

/**
 * Operations that must change nothing: a query of a document and the IDM-1 replays of keyed money commands.
 * Picks resolve as described in {@link CoreOps}.
 */
public final class QueryOps {
    private QueryOps() {
    }

    /**
     * Queries a document: balance, due installments, deposit offers and the client's unapplied deposits. Queries
     * change nothing.
     */
    public record Inspect(int document) implements Op {
        @Override
        public Object apply(World w) {
            long id = pickId(w.documents(d -> !d.voided()), document);
            Studio s = w.studio();
            List<Object> seen = new ArrayList<>();
            seen.add(s.invoices().balance(id));
            seen.add(s.invoices().dueInstallments(id, w.today()));
            seen.add(s.money().offers(id));
            seen.add(s.balances().unappliedDeposits(s.invoices().get(id).clientId()));
            seen.add(s.clients().search("client", 0, 5).stream().map(Client::number).toList());
            return seen;
        }

        @Override
        public boolean changesNothing() {
            return true;
        }
    }

    /**
     * IDM-1: re-issues an accepted keyed command with the same key and fields: it must return the first receipt
     * verbatim and change nothing (or, when its record was voided since, be refused with NOT_FOUND).
     */
    public record Retry(int call) implements Op {
        @Override
        public Object apply(World w) {
            Optional<KeyedCall> k = World.pick(w.keyedCalls(), call);
            if (k.isEmpty()) {
                return null;
            }
            Receipt again;
            try {
                again = k.get().retry().get();
            } catch (StudioException e) {
                if (e.code() != ErrorCode.NOT_FOUND) {
                    throw new AssertionError("IDM-1 retry of " + k.get() + " was refused with " + e.code() + ": "
                            + e.getMessage(), e);
                }
                throw e;
            }
            if (!again.equals(k.get().first())) {
                throw new AssertionError("IDM-1 retry of " + k.get() + " returned " + again + " instead of the first "
                        + "receipt " + k.get().first());
            }
            return again;
        }

        @Override
        public boolean changesNothing() {
            return true;
        }
    }

    /** IDM-1: reuses an accepted command's key with one business field changed: refused with DUPLICATE_KEY. */
    public record KeyClash(int call) implements Op {
        @Override
        public Object apply(World w) {
            Optional<KeyedCall> k = World.pick(w.keyedCalls(), call);
            if (k.isEmpty()) {
                return null;
            }
            Receipt r;
            try {
                r = k.get().clash().get();
            } catch (StudioException e) {
                if (e.code() != ErrorCode.DUPLICATE_KEY && e.code() != ErrorCode.NOT_FOUND) {
                    throw new AssertionError("IDM-1 a reused key of " + k.get() + " was refused with " + e.code()
                            + " instead of DUPLICATE_KEY: " + e.getMessage(), e);
                }
                throw e;
            }
            throw new AssertionError("IDM-1 a reused key of " + k.get() + " with other fields was accepted: " + r);
        }

        @Override
        public boolean changesNothing() {
            return true;
        }
    }
}
