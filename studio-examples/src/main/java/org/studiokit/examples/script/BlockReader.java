package org.studiokit.examples.script;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the studio block's values. Every problem is a malformed script naming the field by its path, e.g.
 * {@code taxRates[1].rate}: the block is not a step, so nothing can be refused step by step.
 */
final class BlockReader {
    private BlockReader() {
    }

    /** Checks an object's keys: every key known, every required key present and not null. */
    static void keys(JsonNode node, String path, Set<String> known, Set<String> required) {
        object(node, path);
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                throw MalformedScriptException.inStudio(join(path, key), "unknown field " + Quote.of(key));
            }
        }
        for (String key : required) {
            if (node.get(key) == null || node.get(key).isNull()) {
                throw MalformedScriptException.inStudio(join(path, key), "missing required field");
            }
        }
    }

    static void object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw MalformedScriptException.inStudio(path, "must be a JSON object");
        }
    }

    static List<JsonNode> array(JsonNode node, String path) {
        if (!node.isArray()) {
            throw MalformedScriptException.inStudio(path, "must be a JSON array");
        }
        List<JsonNode> list = new ArrayList<>();
        node.forEach(list::add);
        return list;
    }

    static String string(JsonNode node, String path) {
        if (!node.isString()) {
            throw MalformedScriptException.inStudio(path, "must be a JSON string");
        }
        return node.stringValue();
    }

    /** @return the string, or null when absent or null */
    static String optString(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        return node == null || node.isNull() ? null : string(node, join(path, key));
    }

    static boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) {
            throw MalformedScriptException.inStudio(path, "must be true or false");
        }
        return node.booleanValue();
    }

    /** @return a decimal written as a JSON string or number */
    static String decimal(JsonNode node, String path) {
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isNumber()) {
            BigDecimal value = new BigDecimal(node.numberValue().toString());
            if (Math.abs(value.scale()) <= 20) {
                return value.toPlainString();
            }
        }
        throw MalformedScriptException.inStudio(path, "must be a number or a string holding one");
    }

    /** @return a positive whole number written as a JSON number or string */
    static long positive(JsonNode node, String path) {
        String text = node.isIntegralNumber() ? node.numberValue().toString()
                : node.isString() ? node.stringValue() : "";
        if (!text.matches("[0-9]{1,15}") || Long.parseLong(text) < 1) {
            throw MalformedScriptException.inStudio(path, "must be a whole number from 1 to 999999999999999");
        }
        return Long.parseLong(text);
    }

    static List<String> strings(JsonNode node, String path) {
        List<String> list = new ArrayList<>();
        List<JsonNode> items = array(node, path);
        for (int i = 0; i < items.size(); i++) {
            list.add(string(items.get(i), path + "[" + i + "]"));
        }
        return list;
    }

    /** @return the enum constant named by the string, case-insensitively */
    static <E extends Enum<E>> E constant(JsonNode node, String path, Class<E> type) {
        String text = string(node, path);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text.toUpperCase(Locale.ROOT))) {
                return e;
            }
        }
        throw MalformedScriptException.inStudio(path, Quote.of(text) + " is not one of " + names(type));
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        return String.join(", ", names);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
