package org.studiokit.examples.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.security.Actor;
import tools.jackson.databind.JsonNode;

/**
 * Checks a script's structure before anything runs (SPEC §13): JSON, the studio block, every step's op and fields,
 * required fields, refs (defined once, used only after the step that defines them), users named by {@code as} and
 * codes named by {@code expect}. A JSON {@code null} counts as an absent field.
 */
public final class ScriptReader {
    private static final Set<String> ROOT_KEYS = Set.of("studio", "steps");

    private ScriptReader() {
    }

    /**
     * @param bytes the script, UTF-8 JSON
     * @return the checked script
     * @throws MalformedScriptException naming the step, op and field of the first problem found
     */
    public static Script read(byte[] bytes) {
        JsonNode root = ScriptJson.parse(bytes);
        if (!root.isObject()) {
            throw new MalformedScriptException("the script must be a JSON object with \"studio\" and \"steps\"");
        }
        for (String key : root.propertyNames()) {
            if (!ROOT_KEYS.contains(key)) {
                throw new MalformedScriptException("unknown top-level field " + Quote.of(key)
                        + "; a script has \"studio\" and \"steps\"");
            }
        }
        JsonNode studio = root.get("studio");
        if (studio == null || studio.isNull()) {
            throw new MalformedScriptException("missing required field \"studio\" (it needs at least a currency)");
        }
        StudioBlock block = StudioBlock.read(studio);
        JsonNode steps = root.get("steps");
        if (steps == null || steps.isNull() || !steps.isArray()) {
            throw new MalformedScriptException("\"steps\" must be a JSON array of steps");
        }
        return new Script(block.settings(), block.lockDate(), steps(steps, block.users()));
    }

    private static List<Step> steps(JsonNode steps, Map<String, Actor> users) {
        Map<String, Integer> refs = new HashMap<>();
        List<Step> list = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            list.add(step(i, steps.get(i), users, refs));
        }
        return list;
    }

    private static Step step(int index, JsonNode node, Map<String, Actor> users, Map<String, Integer> refs) {
        if (!node.isObject()) {
            throw MalformedScriptException.at(index, null, null, "a step must be a JSON object");
        }
        JsonNode opNode = node.get("op");
        if (opNode == null || opNode.isNull()) {
            throw MalformedScriptException.at(index, null, "op", "missing required field");
        }
        if (!opNode.isString()) {
            throw MalformedScriptException.at(index, null, "op", "must be a JSON string naming an op");
        }
        String op = opNode.stringValue();
        if (OpCatalog.NOT_IN_THIS_BUILD.contains(op)) {
            throw MalformedScriptException.at(index, op, "op", "op " + Quote.of(op)
                    + " is not available in this build (it arrives with the export module)");
        }
        OpSpec spec = OpCatalog.find(op).orElseThrow(() -> MalformedScriptException.at(index, null, "op",
                "unknown op " + Quote.of(op)));
        new StepFields(index, spec, refs).check(node);
        Actor actor = actor(index, op, node.get("as"), users);
        ErrorCode expect = expect(index, op, node.get("expect"));
        String ref = ref(index, spec, node.get("ref"), refs);
        return new Step(index, spec, node, actor, expect, ref);
    }

    private static Actor actor(int index, String op, JsonNode as, Map<String, Actor> users) {
        if (as == null || as.isNull()) {
            return users.values().iterator().next();
        }
        Actor actor = as.isString() ? users.get(as.stringValue()) : null;
        if (actor == null) {
            throw MalformedScriptException.at(index, op, "as", Quote.of(as.isString() ? as.stringValue()
                    : as.toString()) + " is not a user of the studio block");
        }
        return actor;
    }

    private static ErrorCode expect(int index, String op, JsonNode expect) {
        if (expect == null || expect.isNull()) {
            return null;
        }
        if (expect.isString()) {
            for (ErrorCode code : ErrorCode.values()) {
                if (code.name().equals(expect.stringValue())) {
                    return code;
                }
            }
        }
        throw MalformedScriptException.at(index, op, "expect", "must name an error code of SPEC §12");
    }

    private static String ref(int index, OpSpec spec, JsonNode ref, Map<String, Integer> refs) {
        if (ref == null || ref.isNull()) {
            return null;
        }
        if (!ref.isString() || ref.stringValue().isEmpty()) {
            throw MalformedScriptException.at(index, spec.name(), "ref", "must be a non-empty JSON string");
        }
        String name = ref.stringValue();
        Integer first = refs.putIfAbsent(name, index);
        if (first != null) {
            throw MalformedScriptException.at(index, spec.name(), "ref", "ref " + Quote.of(name)
                    + " is defined twice (first by step " + first + ")");
        }
        return name;
    }
}
