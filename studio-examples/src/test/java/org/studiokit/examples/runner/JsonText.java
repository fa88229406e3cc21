package org.studiokit.examples.runner;

import java.util.IdentityHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes a JSON tree as compact text, with two ways to break it on purpose: a node may be replaced by raw text
 * (anything at all), and an object may write its first field twice (a duplicate key).
 */
final class JsonText {
    private final Map<JsonNode, String> raw = new IdentityHashMap<>();
    private final Map<JsonNode, Boolean> duplicateFirst = new IdentityHashMap<>();

    /** Writes the node as the given text instead. */
    JsonText replace(JsonNode node, String text) {
        raw.put(node, text);
        return this;
    }

    /** Writes the object's first field twice. */
    JsonText duplicate(JsonNode object) {
        duplicateFirst.put(object, true);
        return this;
    }

    String write(JsonNode node) {
        StringBuilder b = new StringBuilder();
        write(node, b);
        return b.toString();
    }

    private void write(JsonNode node, StringBuilder b) {
        if (raw.containsKey(node)) {
            b.append(raw.get(node));
        } else if (node.isObject()) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                int times = first && duplicateFirst.containsKey(node) ? 2 : 1;
                for (int i = 0; i < times; i++) {
                    b.append(first && i == 0 ? "" : ",");
                    b.append(tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(e.getKey()));
                    b.append(':');
                    write(e.getValue(), b);
                }
                first = false;
            }
            b.append('}');
        } else if (node.isArray()) {
            b.append('[');
            for (int i = 0; i < node.size(); i++) {
                b.append(i == 0 ? "" : ",");
                write(node.get(i), b);
            }
            b.append(']');
        } else {
            b.append(node.toString());
        }
    }
}
