package org.studiokit.core.service;

import java.util.List;
import java.util.Locale;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.StudioException;
import org.studiokit.core.party.Client;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.store.Sequence;

/** Clients (PTY-1). Creating needs {@code SELL}. */
public final class Clients {
    /** The name of the built-in Quick Sale client. */
    public static final String QUICK_SALE = "Quick Sale";

    private final StudioContext ctx;

    /** @param ctx the studio context */
    public Clients(StudioContext ctx) {
        this.ctx = ctx;
    }

    /** Creates a client with the next client number. */
    public Client create(Actor actor, String name, String email, String phone) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.SELL);
            String clean = clean(name);
            Inputs.text(email, "email");
            Inputs.text(phone, "phone");
            Client client = new Client(ctx.ids().nextId(), ctx.store().nextNumber(Sequence.CLIENT), clean, email,
                    phone, false);
            ctx.store().clients().save(client);
            return client;
        });
    }

    /** Creates a client with only a name. */
    public Client create(Actor actor, String name) {
        return create(actor, name, null, null);
    }

    /** @return the built-in Quick Sale client (number 0), created on first use */
    public Client quickSaleClient() {
        return ctx.store().transaction(() -> ctx.store().clients().all().stream().filter(Client::quickSale)
                .findFirst().orElseGet(() -> {
                    Client c = new Client(ctx.ids().nextId(), 0, QUICK_SALE, null, null, true);
                    ctx.store().clients().save(c);
                    return c;
                }));
    }

    /** @return the client ({@code NOT_FOUND} otherwise) */
    public Client get(long id) {
        return ctx.store().clients().find(id).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no client " + id, "client", id));
    }

    /** @return the client with a number ({@code NOT_FOUND} otherwise) */
    public Client byNumber(long number) {
        return ctx.store().clients().findByNumber(number).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no client number " + number, "client", number));
    }

    /** @return one page of clients whose name contains the text (case-insensitive), in number order */
    public List<Client> search(String text, int offset, int limit) {
        String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return ctx.store().clients().all().stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(needle))
                .skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    static String clean(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new StudioException(ErrorCode.VALIDATION, "a client needs a name of 1 to 200 characters",
                    "name", name);
        }
        return Inputs.text(name, "name").strip();
    }
}
