package org.studiokit.core;

import java.time.Clock;
import java.util.Objects;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.service.AuditTrail;
import org.studiokit.core.service.Balances;
import org.studiokit.core.service.Clients;
import org.studiokit.core.service.Invoices;
import org.studiokit.core.service.Payments;
import org.studiokit.core.service.Production;
import org.studiokit.core.service.Sessions;
import org.studiokit.core.service.StudioContext;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.InMemoryStore;
import org.studiokit.core.store.StudioStore;

/**
 * One studio: the facade a host application calls. Safe for concurrent use: each command is one exclusive
 * transaction of the store, and a refused command changes nothing.
 */
public final class Studio {
    private final StudioContext ctx;
    private final Clients clients;
    private final Sessions sessions;
    private final Invoices invoices;
    private final Payments payments;
    private final Production production;
    private final StudioReader records;
    private final Locks locks;
    private final AuditTrail audit;

    /** @param ctx the studio context (store, clock, ids, audit trail) */
    public Studio(StudioContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.clients = new Clients(ctx);
        this.sessions = new Sessions(ctx);
        this.invoices = new Invoices(ctx);
        this.payments = new Payments(ctx, invoices, clients);
        this.production = new Production(ctx);
        this.records = new StoreReader(ctx.store());
        this.locks = new Locks(ctx);
        this.audit = new AuditTrail(ctx.store(), ctx.audit());
        clients.quickSaleClient();
    }

    /** @return a studio on a store with an injected clock and id source */
    public static Studio of(StudioStore store, Clock clock, IdSource ids) {
        return new Studio(StudioContext.of(store, clock, ids));
    }

    /** @return a studio on a new in-memory store */
    public static Studio inMemory(StudioSettings settings, Clock clock, IdSource ids) {
        return of(new InMemoryStore(settings), clock, ids);
    }

    /** @return read-only access to the studio's records (nothing reachable from it writes) */
    public StudioReader records() {
        return records;
    }

    /** @return the studio's injected clock */
    public Clock clock() {
        return ctx.clock();
    }

    /**
     * Runs work as one exclusive transaction of the studio's store: everything the work does through the facade
     * (and through stores joined to this one) commits together or not at all. It gives no write access of its own.
     */
    public <T> T transaction(java.util.function.Supplier<T> work) {
        return ctx.store().transaction(work);
    }

    /** The posting seat's claim (see {@link PostingSeat#claim}): once per studio. */
    Locks claimLocks(PostingEligibility eligibility) {
        locks.claim(eligibility);
        return locks;
    }

    /** @return the checked, audited unlock and period close (LCK-1, LCK-3); posting marks go through the seat */
    public Locks locks() {
        return locks;
    }

    /** @return the current settings */
    public StudioSettings settings() {
        return ctx.store().settings();
    }

    /**
     * Replaces the settings (needs {@code ADMIN}); audited. The currency never changes, and an order type in use
     * can only be made inactive, not removed (PRD-1).
     */
    public StudioSettings updateSettings(Actor actor, StudioSettings settings) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.ADMIN);
            if (!settings.currency().equals(ctx.store().settings().currency())) {
                throw new StudioException(ErrorCode.CURRENCY_MISMATCH, "a studio's currency cannot change",
                        "currency", settings.currency().getCurrencyCode());
            }
            for (var order : ctx.store().orders().all()) {
                if (!settings.orderTypes().containsKey(order.type())) {
                    throw new StudioException(ErrorCode.VALIDATION, "order type " + order.type()
                            + " is used: make it inactive instead of removing it", "type", order.type());
                }
            }
            StudioSettings before = ctx.store().settings();
            ctx.store().saveSettings(settings);
            ctx.audit().record(actor.name(), "SETTINGS", "studio", before.toString(), settings.toString());
            return settings;
        });
    }

    /** @return clients */
    public Clients clients() {
        return clients;
    }

    /** @return sessions */
    public Sessions sessions() {
        return sessions;
    }

    /** @return documents */
    public Invoices invoices() {
        return invoices;
    }

    /** @return money movements */
    public Payments money() {
        return payments;
    }

    /** @return derived balances */
    public Balances balances() {
        return payments.balances();
    }

    /** @return production orders */
    public Production production() {
        return production;
    }

    /** @return the audit trail */
    public AuditTrail audit() {
        return audit;
    }

    /**
     * PTY-3: whether an actor may perform an action on a record, for a host to decide whether to show a button.
     * Takes the record's lock into account: changing a posted, locked record needs {@code UNLOCK} first.
     *
     * @param lock the record's lock state, or null for a new record
     */
    public boolean can(Actor actor, Permission action, LockState lock) {
        if (!actor.can(action)) {
            return false;
        }
        return lock == null || !lock.locked();
    }

    /**
     * PTY-3: whether an actor may change a document (edit or void): it needs what creating it needed, the document
     * must not be void, and a posted one must be unlocked.
     */
    public boolean canChange(Actor actor, org.studiokit.core.document.Document document) {
        return !document.voided() && can(actor, Invoices.permissionFor(document), document.lock());
    }

    /**
     * PTY-3: whether an actor may change a money movement (edit or void): it needs what creating it needed, the
     * movement must not be void, and a posted one must be unlocked.
     */
    public boolean canChange(Actor actor, org.studiokit.core.movement.MoneyMovement movement) {
        return !movement.voided() && can(actor, payments.permissionFor(movement), movement.lock());
    }
}
