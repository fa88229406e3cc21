package org.studiokit.examples.view;

import java.util.Map;
import org.studiokit.core.Studio;
import org.studiokit.core.document.Document;
import org.studiokit.core.money.Money;
import org.studiokit.examples.script.ScriptJson;
import tools.jackson.databind.node.ObjectNode;

/** A document as results show it: number, type, totals, taxes per code, balance and its void and lock flags. */
public final class DocumentJson {
    private final Studio studio;

    /** @param studio the studio the documents belong to */
    public DocumentJson(Studio studio) {
        this.studio = studio;
    }

    /** @return the document as it now is, with its current balance */
    public ObjectNode current(long id) {
        Document d = studio.invoices().get(id);
        return of(d, studio.balances().balance(d));
    }

    /** @return the document with a given balance (e.g. as a receipt recorded it) */
    public ObjectNode of(Document d, Money balance) {
        ObjectNode o = ScriptJson.object();
        o.put("number", Long.toString(d.number()));
        o.put("type", d.type().name());
        o.put("date", d.date().toString());
        o.put("client", Long.toString(studio.records().clients().find(d.clientId()).orElseThrow().number()));
        if (d.originalId() != null) {
            o.put("original", Long.toString(studio.invoices().get(d.originalId()).number()));
        }
        o.put("subtotal", d.totals().subtotal().toString());
        o.put("discount", d.totals().discount().toString());
        o.put("shipping", d.totals().shipping().toString());
        o.put("tax", d.totals().tax().toString());
        ObjectNode taxes = o.putObject("taxes");
        for (Map.Entry<String, Money> t : d.totals().taxes().entrySet()) {
            taxes.put(t.getKey(), t.getValue().toString());
        }
        o.put("total", d.total().toString());
        o.put("balance", balance.toString());
        if (d.delivered() != null) {
            o.put("delivered", d.delivered().toString());
        }
        o.put("void", d.voided());
        o.put("posted", d.lock().posted());
        o.put("locked", d.lock().locked());
        return o;
    }
}
