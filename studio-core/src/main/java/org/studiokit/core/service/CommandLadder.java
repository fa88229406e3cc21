package org.studiokit.core.service;

import java.util.Optional;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.movement.MoneyCommand;
import org.studiokit.core.movement.Receipt;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.store.IdempotentResult;

/**
 * The one sequence every money command runs, in the order of ERR-1: permission (PTY-3), values and records
 * ({@code VALIDATION}, {@code NOT_FOUND}), a known idempotency key (IDM-1), the period (LCK-3), locks (LCK-1), the
 * business rules and the limit policy, then the records are written and the key remembered. All in one
 * transaction: a refused command changes nothing.
 */
final class CommandLadder {
    private final StudioContext ctx;

    CommandLadder(StudioContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The parts of one command, called by the ladder in this order.
     *
     * @param <P> what the command looked up
     */
    interface Steps<P> {
        /**
         * @return the records the command acts on, after checking its values ({@code VALIDATION},
         *         {@code NOT_FOUND})
         */
        P lookUp();

        /**
         * @return the IDM-1 fingerprint, once the records are known (a quick sale's amount is its priced total);
         *         asked for only when the command has an idempotency key
         */
        default MoneyCommand.Fingerprint fingerprint(MoneyCommand command, P records) {
            return command.fingerprint();
        }

        /** LCK-1: no money command changes a posted record; new money may be applied to posted documents. */
        default void unlocked(P records) {
        }

        /** The business rules: dates relative to other records (ERR-1), types, clients, then the limit policy. */
        void rules(P records);

        /** @return the receipt, after writing the records */
        Receipt record(P records);
    }

    <P> Receipt run(Actor actor, MoneyCommand command, Steps<P> steps) {
        return ctx.store().transaction(() -> {
            actor.require(command.permissions().toArray(Permission[]::new));
            P records = steps.lookUp();
            String fingerprint = command.key() == null ? null : steps.fingerprint(command, records).text();
            Optional<Receipt> replay = replay(command.key(), command.command(), fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
            ctx.requireOpen(command.date());
            steps.unlocked(records);
            steps.rules(records);
            Receipt receipt = steps.record(records);
            if (command.key() != null) {
                ctx.store().saveIdempotent(command.key(),
                        new IdempotentResult(command.command(), fingerprint, receipt));
            }
            return receipt;
        });
    }

    /** IDM-1: the stored first receipt of the same command with the same fields, {@code DUPLICATE_KEY} otherwise. */
    private Optional<Receipt> replay(String key, String command, String fingerprint) {
        if (key == null) {
            return Optional.empty();
        }
        Optional<IdempotentResult> known = ctx.store().idempotent(key);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        IdempotentResult r = known.get();
        if (r.command().equals(command) && r.fingerprint().equals(fingerprint)) {
            return Optional.of(r.receipt());
        }
        throw new StudioException(ErrorCode.DUPLICATE_KEY, "idempotency key " + key + " was used for another command",
                "key", key);
    }
}
