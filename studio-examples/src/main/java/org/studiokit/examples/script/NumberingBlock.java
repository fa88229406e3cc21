package org.studiokit.examples.script;

import java.util.Set;
import org.studiokit.core.settings.Numbering;
import tools.jackson.databind.JsonNode;

/** The studio block's {@code numbering}: where the client, session, invoice and order sequences start. */
final class NumberingBlock {
    private NumberingBlock() {
    }

    static Numbering read(JsonNode v) {
        BlockReader.keys(v, "numbering", Set.of("client", "session", "invoice", "order"), Set.of());
        Numbering d = Numbering.defaults();
        return new Numbering(start(v, "client", d.client()), start(v, "session", d.session()),
                start(v, "invoice", d.invoice()), start(v, "order", d.order()), d.movement());
    }

    private static long start(JsonNode v, String key, long fallback) {
        JsonNode n = v.get(key);
        return n == null || n.isNull() ? fallback : BlockReader.positive(n, "numbering." + key);
    }
}
