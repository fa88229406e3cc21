package org.studiokit.examples.runner;

import java.time.LocalDate;
import java.util.Map;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.examples.script.RecordKind;

/** {@code client} and {@code session} (PTY-1, PTY-2). */
final class PartyOps {
    private PartyOps() {
    }

    static void register(Map<String, OpHandler> ops) {
        ops.put("client", PartyOps::client);
        ops.put("session", PartyOps::session);
    }

    private static StepResult client(StepContext c) {
        String name = c.in().string("name");
        Client client = c.studio().clients().create(c.actor(), name);
        return new StepResult(c.views().parties().client(client), client.id());
    }

    private static StepResult session(StepContext c) {
        LocalDate date = c.in().date("date");
        String type = c.in().string("sessionType");
        long client = c.ref("client", RecordKind.CLIENT);
        Session s = c.studio().sessions().book(c.actor(), client, type, date, null);
        return new StepResult(c.views().parties().session(s), s.id());
    }
}
