package org.studiokit.examples.script;

import java.util.HashMap;
import java.util.Map;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.security.Actor;
import tools.jackson.databind.JsonNode;

/**
 * Checks the steps of one script in order and makes them into {@link Step}s: op, fields, refs (defined once, used
 * only after the step that defines them), {@code as} and {@code expect}. Remembers only the refs defined so far.
 */
final class StepChecker {
    private final Map<String, Actor> users;
    private final Map<String, Integer> refs = new HashMap<>();

    StepChecker(Map<String, Actor> users) {
        this.users = users;
    }

    /** @return the checked step */
    Step check(int index, JsonNode node) {
        if (node == null || !node.isObject()) {
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
        Actor actor = actor(index, op, node.get("as"));
        ErrorCode expect = expect(index, op, node.get("expect"));
        String ref = ref(index, spec, node.get("ref"));
        return new Step(index, spec, node, actor, expect, ref);
    }

    private Actor actor(int index, String op, JsonNode as) {
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

    private String ref(int index, OpSpec spec, JsonNode ref) {
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
