package org.studiokit.examples.script;

import static org.studiokit.examples.script.OpSpec.op;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every op of the script format with its fields, as SPEC §13 lists them.
 */
public final class OpCatalog {
    /** Fields every step may carry. */
    public static final Set<String> COMMON_FIELDS = Set.of("op", "as", "expect");

    /** Fields of an invoice line (DOC-3). */
    public static final OpSpec LINE = op("line").required("item", "qty", "price")
            .optional("category", "account", "taxes", "discount").build();

    /** Ops that belong to the format but are not available in this build. */
    public static final Set<String> NOT_IN_THIS_BUILD = Set.of();

    private static final Map<String, OpSpec> OPS = build();

    private OpCatalog() {
    }

    private static Map<String, OpSpec> build() {
        Map<String, OpSpec> m = new LinkedHashMap<>();
        for (OpSpec spec : List.of(
                op("client").defines(RecordKind.CLIENT).required("name").build(),
                op("session").defines(RecordKind.SESSION).ref("client").required("date", "sessionType").build(),
                op("invoice").defines(RecordKind.DOCUMENT).required("type").optionalRef("session", "client")
                        .required("date").lines("lines", true).optional("discount", "shipping", "taxes")
                        .optionalRef("original").build(),
                op("creditMemo").defines(RecordKind.DOCUMENT).ref("original").required("date").optional("entire")
                        .lines("lines", false).optional("reason").build(),
                op("payment").defines(RecordKind.MOVEMENT).ref("invoice").required("date", "method", "amount")
                        .optional("key").build(),
                op("deposit").defines(RecordKind.MOVEMENT).ref("client").required("date", "method", "amount")
                        .build(),
                op("applyDeposit").defines(RecordKind.MOVEMENT).ref("deposit", "invoice").required("date", "amount")
                        .build(),
                op("refundDeposit").defines(RecordKind.MOVEMENT).ref("deposit")
                        .required("date", "method", "amount").build(),
                op("refund").defines(RecordKind.MOVEMENT).ref("invoice").required("date", "method", "amount").build(),
                op("transferCredit").defines(RecordKind.MOVEMENT).ref("from", "to").required("date", "amount")
                        .build(),
                op("unapply").defines(RecordKind.MOVEMENT).ref("payment").required("date").build(),
                op("writeOff").defines(RecordKind.DOCUMENT).ref("invoice").required("date", "amount").build(),
                op("quickSale").defines(RecordKind.DOCUMENT).required("date").lines("lines", true)
                        .required("method").build(),
                op("paymentPlan").ref("invoice").required("count", "frequency", "first").build(),
                op("productionOrder").defines(RecordKind.ORDER).ref("invoice").required("vendor", "kind")
                        .optional("type", "number").build(),
                op("advance").ref("order").build(),
                op("setStatus").ref("order").required("status").build(),
                op("scan").required("mode").optional("status").required("codes").build(),
                op("post").defines(RecordKind.BATCH).required("through").optional("methods").build(),
                op("unlock").ref("record").required("reason").build(),
                op("edit").ref("record").optional("date").lines("lines", false)
                        .optional("discount", "shipping", "taxes", "method", "amount").build(),
                op("delete").ref("record").build(),
                op("closePeriod").required("through").build(),
                op("show").ref("record").build(),
                op("report").required("name").optional("asOf", "from", "to")
                        .add(FieldKind.REF_OR_NUMBER, false, "batch").build(),
                op("export").required("format").add(FieldKind.REF_OR_NUMBER, true, "batch")
                        .optional("file", "reexport").build(),
                op("delivered").ref("invoice").required("date").build(),
                op("verifyAudit").build())) {
            m.put(spec.name(), spec);
        }
        return Collections.unmodifiableMap(m);
    }

    /** @return the op with a name, if this build has it */
    public static Optional<OpSpec> find(String name) {
        return Optional.ofNullable(OPS.get(name));
    }

    /** @return every op of this build, in SPEC order */
    public static Map<String, OpSpec> all() {
        return OPS;
    }
}
