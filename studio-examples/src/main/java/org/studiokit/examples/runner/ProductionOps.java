package org.studiokit.examples.runner;

import java.util.List;
import java.util.Map;
import org.studiokit.barcode.batch.BatchMode;
import org.studiokit.barcode.batch.BatchStatusUpdate;
import org.studiokit.barcode.batch.BatchSummary;
import org.studiokit.barcode.batch.ScanResult;
import org.studiokit.core.production.ChangeSource;
import org.studiokit.core.production.OrderKind;
import org.studiokit.core.production.ProductionOrder;
import org.studiokit.core.service.Production;
import org.studiokit.examples.script.RecordKind;
import org.studiokit.examples.script.ScriptJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code productionOrder}, {@code advance}, {@code setStatus} and {@code scan} (PRD-1..4, SCN-4). */
final class ProductionOps {
    private ProductionOps() {
    }

    static void register(Map<String, OpHandler> ops) {
        ops.put("productionOrder", ProductionOps::order);
        ops.put("advance", ProductionOps::advance);
        ops.put("setStatus", ProductionOps::setStatus);
        ops.put("scan", ProductionOps::scan);
    }

    private static StepResult order(StepContext c) {
        StepInput in = c.in();
        String vendor = in.string("vendor");
        OrderKind kind = in.constant("kind", OrderKind.class);
        String type = in.optString("type");
        long number = in.has("number") ? orderNumber(in.raw("number")) : 0;
        long invoice = c.ref("invoice", RecordKind.DOCUMENT);
        ProductionOrder order = c.studio().production().create(c.actor(), invoice, vendor, kind, type, number, null,
                null, null);
        return new StepResult(c.views().parties().order(order), order.id());
    }

    /** A production order number: a JSON whole number or a string of digits, from 1. */
    private static long orderNumber(JsonNode n) {
        String text = n.isIntegralNumber() ? n.numberValue().toString() : n.isString() ? n.stringValue() : "";
        if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) < 1) {
            throw StepInput.invalid("number", "a production order number is a whole number from 1, as a JSON"
                    + " number or string");
        }
        return Long.parseLong(text);
    }

    private static StepResult advance(StepContext c) {
        long order = c.ref("order", RecordKind.ORDER);
        return moved(c.studio().production().advance(c.actor(), order, ChangeSource.MANUAL));
    }

    private static StepResult setStatus(StepContext c) {
        String status = c.in().string("status");
        long order = c.ref("order", RecordKind.ORDER);
        return moved(c.studio().production().setStatus(c.actor(), order, status, false, ChangeSource.MANUAL));
    }

    private static StepResult moved(Production.Moved moved) {
        ObjectNode o = ScriptJson.object();
        o.put("order", Long.toString(moved.order().number()));
        o.put("from", moved.from());
        o.put("to", moved.to());
        return StepResult.of(o);
    }

    private static StepResult scan(StepContext c) {
        StepInput in = c.in();
        String mode = in.string("mode");
        String status = in.optString("status");
        BatchMode scanMode;
        if (mode.equalsIgnoreCase("ADVANCE")) {
            if (status != null) {
                throw StepInput.invalid("status", "an ADVANCE batch takes no status");
            }
            scanMode = BatchMode.ADVANCE;
        } else if (mode.equalsIgnoreCase("SET")) {
            if (status == null || status.isBlank()) {
                throw StepInput.invalid("status", "a SET batch needs the status to set");
            }
            scanMode = BatchMode.set(status);
        } else {
            throw StepInput.invalid("mode", "the mode is ADVANCE or SET");
        }
        List<String> codes = in.optStrings("codes");
        if (codes == null) {
            throw StepInput.invalid("codes", "must be a JSON array of strings");
        }
        BatchSummary summary = new BatchStatusUpdate(c.studio().production()).run(c.actor(), scanMode, codes);
        return StepResult.of(summary(summary));
    }

    private static ObjectNode summary(BatchSummary summary) {
        ObjectNode o = ScriptJson.object();
        ArrayNode results = o.putArray("results");
        for (ScanResult r : summary.results()) {
            ObjectNode row = results.addObject();
            row.put("code", r.code());
            row.put("ok", r.ok());
            row.put("from", r.from());
            row.put("to", r.to());
            row.put("error", r.error() == null ? null : r.error().name());
            row.put("message", r.message());
        }
        o.put("updated", summary.updated());
        o.put("errors", summary.errors());
        return o;
    }
}
