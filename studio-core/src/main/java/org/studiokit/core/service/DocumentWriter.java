package org.studiokit.core.service;

import java.util.List;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.Document;
import org.studiokit.core.document.DocumentContent;
import org.studiokit.core.document.DocumentState;
import org.studiokit.core.document.DocumentChecks;
import org.studiokit.core.document.DocumentDraft;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.document.Line;
import org.studiokit.core.document.Pricing;
import org.studiokit.core.document.Totals;
import org.studiokit.core.money.Money;
import org.studiokit.core.party.Client;
import org.studiokit.core.party.Session;
import org.studiokit.core.security.Actor;
import org.studiokit.core.settings.Item;
import org.studiokit.core.settings.StudioSettings;
import org.studiokit.core.store.Sequence;

/** Prices and saves new documents. Package-private: every caller has checked the rules first. */
final class DocumentWriter {
    private final StudioContext ctx;

    DocumentWriter(StudioContext ctx) {
        this.ctx = ctx;
    }

    Totals price(DocumentDraft draft) {
        DocumentChecks.checkShape(draft);
        return Pricing.price(draft.lines(), draft.discount(),
                shipping(draft.type(), draft.shipping()), invoiceTaxes(draft.taxes()), ctx.store().settings());
    }

    Document insert(Actor actor, DocumentDraft draft, long clientId, Totals totals, boolean writeOff,
            boolean depositRefund) {
        addUnknownItems(draft.lines());
        DocumentContent content = new DocumentContent(draft.date(), draft.lines(), draft.discount(),
                shipping(draft.type(), draft.shipping()), invoiceTaxes(draft.taxes()), totals);
        Document doc = new Document(ctx.ids().nextId(), ctx.store().nextNumber(Sequence.DOCUMENT), draft.type(),
                clientId, draft.sessionId(), draft.originalId(), draft.reason(), writeOff, depositRefund, actor.name(),
                content, DocumentState.ISSUED);
        ctx.store().documents().save(doc);
        return doc;
    }

    Document find(long id) {
        return ctx.store().documents().find(id).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no document with id " + id, "document", id));
    }

    long resolveClient(DocumentDraft draft) {
        Long clientId = draft.clientId();
        if (draft.sessionId() != null) {
            Session session = ctx.store().sessions().find(draft.sessionId()).orElseThrow(() -> new StudioException(
                    ErrorCode.NOT_FOUND, "no session with id " + draft.sessionId(), "session", draft.sessionId()));
            if (clientId == null) {
                clientId = session.clientId();
            }
        }
        if (draft.originalId() != null) {
            Document original = DocumentChecks.live(find(draft.originalId()));
            if (clientId == null) {
                clientId = original.clientId();
            }
        }
        long id = clientId;
        Client client = ctx.store().clients().find(id).orElseThrow(
                () -> new StudioException(ErrorCode.NOT_FOUND, "no client with id " + id, "client", id));
        return client.id();
    }

    Money shipping(DocumentType type, Money shipping) {
        Money zero = Money.zero(ctx.store().settings().currency());
        if (shipping == null) {
            return zero;
        }
        shipping.requireCurrency(zero.currency());
        return type == DocumentType.CREDIT_MEMO ? shipping.abs().negate() : shipping;
    }

    List<String> invoiceTaxes(List<String> taxes) {
        StudioSettings settings = ctx.store().settings();
        List<String> codes = taxes == null ? settings.defaultTaxes() : taxes;
        for (String code : codes) {
            settings.taxRate(code);
        }
        return codes;
    }

    void addUnknownItems(List<Line> lines) {
        StudioSettings settings = ctx.store().settings();
        StudioSettings.Builder builder = null;
        for (Line line : lines) {
            if (!settings.items().containsKey(line.item())) {
                if (builder == null) {
                    builder = settings.toBuilder();
                }
                builder.item(new Item(line.item(), null, null));
            }
        }
        if (builder != null) {
            ctx.store().saveSettings(builder.build());
        }
    }
}
