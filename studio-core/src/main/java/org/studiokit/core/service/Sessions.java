package org.studiokit.core.service;

import java.time.LocalDate;
import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.Inputs;
import org.studiokit.core.StudioException;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Permission;
import org.studiokit.core.settings.SessionType;
import org.studiokit.core.store.Sequence;

/** Photo sessions (PTY-2). Booking needs {@code SELL}; an undeclared session type is created on first use. */
public final class Sessions {
    private final StudioContext ctx;

    /** @param ctx the studio context */
    public Sessions(StudioContext ctx) {
        this.ctx = ctx;
    }

    /** Books a session for a client. */
    public Session book(Actor actor, long clientId, String sessionType, LocalDate date, String photographer) {
        return ctx.store().transaction(() -> {
            actor.require(Permission.SELL);
            if (sessionType == null || sessionType.isBlank() || date == null) {
                throw new StudioException(ErrorCode.VALIDATION, "a session needs a type and a date",
                        "sessionType", sessionType, "date", date);
            }
            Inputs.text(sessionType, "session type");
            Inputs.text(photographer, "photographer");
            Inputs.optionalDate(date, "date");
            Client client = ctx.store().clients().find(clientId).orElseThrow(
                    () -> new StudioException(ErrorCode.NOT_FOUND, "no client " + clientId, "client", clientId));
            if (client.quickSale()) {
                throw new StudioException(ErrorCode.WRONG_CLIENT, "the Quick Sale client has no sessions",
                        "client", client.number());
            }
            if (!ctx.store().settings().sessionTypes().containsKey(sessionType)) {
                ctx.store().saveSettings(ctx.store().settings().toBuilder()
                        .sessionType(new SessionType(sessionType, null)).build());
            }
            Session s = new Session(ctx.ids().nextId(), ctx.store().nextNumber(Sequence.SESSION), clientId,
                    sessionType, date, photographer, "Booked");
            ctx.store().sessions().save(s);
            return s;
        });
    }

    /** @return the session ({@code NOT_FOUND} otherwise) */
    public Session get(long id) {
        return ctx.store().sessions().find(id).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no session " + id, "session", id));
    }

    /** @return the sessions of a client */
    public List<Session> ofClient(long clientId) {
        return ctx.store().sessions().by("client", clientId);
    }
}
