package org.studiokit.examples.runner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random mutations of a valid script, as bytes: dropped or duplicated fields, swapped value types, truncated text,
 * huge numbers, odd Unicode, deep nesting, renamed ops and refs, shuffled steps, invalid UTF-8.
 */
final class ScriptMutator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] ODD = {"\uD800", "\uDFFF lone", "\u202Eevil", "zero\u200Bwidth", "😀📸",
        "nul\u0000char", "line\u2028sep", "\uFEFFbom", "e\u0301\u0301\u0301", "tab\tnew\nline", "\"quoted\"",
        "back\\slash", "x".repeat(5_000), "", " ", "P1\u0000", "]C0\uD83D"};
    private static final String[] HUGE = {"1e400", "-1e400", "123456789012345678901234567890", "1e-400",
        "9223372036854775808", "-9223372036854775809", "0.000000000000000000001", "1E999999999", "-0",
        "\"999999999999999.99\"", "\"-999999999999999.99\"", "\"99999999999999999999.99\"", "\"1e9\"",
        "\"0.001\"", "\"NaN\"", "\"Infinity\"", "2147483648", "1000000", "-1000000000"};

    private final Random r;

    ScriptMutator(Random r) {
        this.r = r;
    }

    byte[] mutate(ObjectNode script) {
        ObjectNode copy = script.deepCopy();
        List<JsonNode> nodes = new ArrayList<>();
        collect(copy, nodes);
        JsonNode target = nodes.get(r.nextInt(nodes.size()));
        JsonText text = new JsonText();
        switch (r.nextInt(12)) {
            case 0 -> dropField(nodes);
            case 1 -> text.duplicate(anObject(nodes));
            case 2 -> text.replace(target, swapped(target));
            case 3 -> {
                String s = text.write(copy);
                return s.substring(0, r.nextInt(s.length())).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> text.replace(target, HUGE[r.nextInt(HUGE.length)]);
            case 5 -> text.replace(target, F.stringNode(ODD[r.nextInt(ODD.length)]).toString());
            case 6 -> {
                int depth = 10 + r.nextInt(r.nextBoolean() ? 100 : 5_000);
                text.replace(target, "[".repeat(depth) + "]".repeat(depth));
            }
            case 7 -> renameOp(copy);
            case 8 -> swapRefs(copy);
            case 9 -> shuffleSteps(copy);
            case 10 -> {
                byte[] bytes = text.write(copy).getBytes(StandardCharsets.UTF_8);
                bytes[r.nextInt(bytes.length)] = (byte) (0x80 + r.nextInt(128));
                return bytes;
            }
            default -> {
                dropField(nodes);
                text.replace(target, swapped(target));
            }
        }
        return text.write(copy).getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        out.add(node);
        node.forEach(child -> collect(child, out));
    }

    private ObjectNode anObject(List<JsonNode> nodes) {
        List<ObjectNode> objects = nodes.stream().filter(JsonNode::isObject).map(n -> (ObjectNode) n)
                .filter(o -> !o.isEmpty()).toList();
        return objects.get(r.nextInt(objects.size()));
    }

    private void dropField(List<JsonNode> nodes) {
        ObjectNode o = anObject(nodes);
        List<String> keys = new ArrayList<>(o.propertyNames());
        o.remove(keys.get(r.nextInt(keys.size())));
    }

    private String swapped(JsonNode target) {
        return switch (r.nextInt(8)) {
            case 0 -> "\"" + r.nextInt(100) + "\"";
            case 1 -> Integer.toString(r.nextInt(2_000) - 100);
            case 2 -> "12.345";
            case 3 -> "true";
            case 4 -> "null";
            case 5 -> "[" + target + "]";
            case 6 -> "{\"x\":" + target + "}";
            default -> "{}";
        };
    }

    private void renameOp(ObjectNode script) {
        ArrayNode steps = (ArrayNode) script.get("steps");
        if (!steps.isEmpty()) {
            ObjectNode step = (ObjectNode) steps.get(r.nextInt(steps.size()));
            step.put("op", r.nextBoolean() ? "export" : steps.get(r.nextInt(steps.size())).get("op").stringValue());
        }
    }

    private void swapRefs(ObjectNode script) {
        ArrayNode steps = (ArrayNode) script.get("steps");
        List<ObjectNode> withRef = new ArrayList<>();
        steps.forEach(s -> {
            if (s.has("ref")) {
                withRef.add((ObjectNode) s);
            }
        });
        if (withRef.size() >= 2) {
            ObjectNode a = withRef.get(r.nextInt(withRef.size()));
            ObjectNode b = withRef.get(r.nextInt(withRef.size()));
            b.put("ref", a.get("ref").stringValue());
        }
    }

    private void shuffleSteps(ObjectNode script) {
        ArrayNode steps = (ArrayNode) script.get("steps");
        if (steps.size() >= 2) {
            int i = r.nextInt(steps.size());
            int j = r.nextInt(steps.size());
            JsonNode a = steps.get(i);
            steps.set(i, steps.get(j));
            steps.set(j, a);
        }
    }
}
