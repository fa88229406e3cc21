package org.studiokit.examples.view;

import org.studiokit.core.Studio;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.examples.script.ScriptJson;
import tools.jackson.databind.node.ObjectNode;

/** Clients, sessions and production orders as results show them. */
public final class PartyJson {
    private final Studio studio;

    /** @param studio the studio the records belong to */
    public PartyJson(Studio studio) {
        this.studio = studio;
    }

    /** @return a client: number and name */
    public ObjectNode client(Client c) {
        ObjectNode o = ScriptJson.object();
        o.put("number", Long.toString(c.number()));
        o.put("name", c.name());
        return o;
    }

    /** @return a session: number, client number, session type and date */
    public ObjectNode session(Session s) {
        ObjectNode o = ScriptJson.object();
        o.put("number", Long.toString(s.number()));
        o.put("client", Long.toString(studio.clients().get(s.clientId()).number()));
        o.put("sessionType", s.sessionType());
        o.put("date", s.date().toString());
        return o;
    }

    /** @return a production order: number, status, kind, type, vendor, invoice number and void flag */
    public ObjectNode order(ProductionOrder p) {
        ObjectNode o = ScriptJson.object();
        o.put("number", Long.toString(p.number()));
        o.put("status", p.status());
        o.put("kind", p.kind().name());
        o.put("type", p.type());
        o.put("vendor", p.vendor());
        o.put("invoice", Long.toString(studio.records().documents().find(p.documentId()).orElseThrow().number()));
        o.put("void", p.voided());
        return o;
    }
}
