package org.studiokit.examples.runner;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.studiokit.examples.script.ScriptJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A refusal's offending values as the {@code values} of a refused step's {@code error} (SPEC §12, §13): an object of
 * name to value, in the order the refusal gave them. Whole numbers (counts, numbers) are JSON numbers; amounts,
 * decimals, dates, codes and text are strings as a script writes them ({@code "150.00"}, {@code "2026-03-02"},
 * {@code "ESTIMATE"}); a list is an array; a missing value is {@code null}.
 */
final class ErrorValues {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ErrorValues() {
    }

    /** @return the values as a JSON object, keys in the map's order */
    static ObjectNode json(Map<String, Object> values) {
        ObjectNode o = ScriptJson.object();
        values.forEach((name, value) -> o.set(name, value(value)));
        return o;
    }

    private static JsonNode value(Object v) {
        if (v == null) {
            return F.nullNode();
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return F.numberNode(((Number) v).longValue());
        }
        if (v instanceof BigInteger big) {
            return F.numberNode(big);
        }
        if (v instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (v instanceof BigDecimal d) {
            return F.stringNode(d.toPlainString());
        }
        if (v instanceof Double || v instanceof Float) {
            return F.stringNode(BigDecimal.valueOf(((Number) v).doubleValue()).toPlainString());
        }
        if (v instanceof Enum<?> e) {
            return F.stringNode(e.name());
        }
        if (v instanceof Collection<?> list) {
            ArrayNode a = F.arrayNode();
            list.forEach(item -> a.add(value(item)));
            return a;
        }
        if (v instanceof Map<?, ?> map) {
            return map(map);
        }
        return F.stringNode(String.valueOf(v));
    }

    /** A map's entries; a map without an order of its own is sorted by name, so the bytes never vary. */
    private static ObjectNode map(Map<?, ?> map) {
        Map<String, Object> ordered = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> ordered.put(String.valueOf(k), v));
        boolean hasOrder = map instanceof SortedMap || map instanceof java.util.LinkedHashMap
                || map instanceof java.util.EnumMap;
        return json(hasOrder ? ordered : new TreeMap<>(ordered));
    }
}
