package org.studiokit.examples.runner;

import java.util.Map;
import org.studiokit.core.StudioException;
import org.studiokit.core.document.DocumentType;
import org.studiokit.core.security.Permission;
import org.studiokit.core.service.Invoices;
import org.studiokit.examples.script.RecordKind;
import tools.jackson.databind.JsonNode;

/**
 * What each op needs (PTY-3), checked before the step's values are read so that a refused permission is reported
 * first, as ERR-1 orders refusals. The studio checks the same permissions again when the step runs.
 */
final class OpPermissions {
    private static final Map<String, Permission[]> NEEDS = Map.ofEntries(
            Map.entry("client", new Permission[] {Permission.SELL}),
            Map.entry("session", new Permission[] {Permission.SELL}),
            Map.entry("paymentPlan", new Permission[] {Permission.SELL}),
            Map.entry("delivered", new Permission[] {Permission.SELL}),
            Map.entry("creditMemo", new Permission[] {Permission.REFUND}),
            Map.entry("refund", new Permission[] {Permission.REFUND}),
            Map.entry("refundDeposit", new Permission[] {Permission.REFUND}),
            Map.entry("payment", new Permission[] {Permission.RECEIVE_PAYMENT}),
            Map.entry("deposit", new Permission[] {Permission.RECEIVE_PAYMENT}),
            Map.entry("applyDeposit", new Permission[] {Permission.RECEIVE_PAYMENT}),
            Map.entry("transferCredit", new Permission[] {Permission.RECEIVE_PAYMENT}),
            Map.entry("unapply", new Permission[] {Permission.RECEIVE_PAYMENT}),
            Map.entry("writeOff", new Permission[] {Permission.WRITE_OFF}),
            Map.entry("quickSale", new Permission[] {Permission.SELL, Permission.RECEIVE_PAYMENT}),
            Map.entry("productionOrder", new Permission[] {Permission.MANAGE_PRODUCTION}),
            Map.entry("advance", new Permission[] {Permission.MANAGE_PRODUCTION}),
            Map.entry("setStatus", new Permission[] {Permission.MANAGE_PRODUCTION}),
            Map.entry("scan", new Permission[] {Permission.MANAGE_PRODUCTION}),
            Map.entry("post", new Permission[] {Permission.POST}),
            Map.entry("unlock", new Permission[] {Permission.UNLOCK}),
            Map.entry("closePeriod", new Permission[] {Permission.CLOSE_PERIOD}));

    private OpPermissions() {
    }

    /** Refuses with {@code PERMISSION_DENIED} when the step's user lacks what its op needs. */
    static void check(StepContext c) {
        String op = c.step().op();
        if (op.equals("invoice")) {
            c.actor().require(Invoices.permissionFor(invoiceType(c.step().fields().get("type"))));
        } else if (op.equals("edit") || op.equals("delete")) {
            recordPermission(c);
        } else if (NEEDS.containsKey(op)) {
            c.actor().require(NEEDS.get(op));
        }
    }

    private static DocumentType invoiceType(JsonNode type) {
        return type != null && type.isString() && type.stringValue().equalsIgnoreCase("CREDIT_MEMO")
                ? DocumentType.CREDIT_MEMO : DocumentType.GENERIC;
    }

    private static void recordPermission(StepContext c) {
        Refs.Bound r;
        try {
            r = c.anyRef("record");
        } catch (StudioException unbound) {
            return;
        }
        if (r.kind() == RecordKind.DOCUMENT) {
            c.studio().records().documents().find(r.id())
                    .ifPresent(d -> c.actor().require(Invoices.permissionFor(d.type())));
        } else if (r.kind() == RecordKind.MOVEMENT) {
            c.studio().records().movements().find(r.id())
                    .ifPresent(m -> c.actor().require(c.studio().money().permissionFor(m)));
        }
    }
}
