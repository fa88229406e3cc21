package org.studiokit.examples.script;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Checks one step's fields against its op: names, required fields, refs and the fields of each line. */
final class StepFields {
    private final int index;
    private final OpSpec spec;
    private final Map<String, Integer> refs;

    StepFields(int index, OpSpec spec, Map<String, Integer> refs) {
        this.index = index;
        this.spec = spec;
        this.refs = refs;
    }

    void check(JsonNode step) {
        for (String key : step.propertyNames()) {
            boolean known = OpCatalog.COMMON_FIELDS.contains(key) || spec.fields().containsKey(key)
                    || key.equals("ref") && spec.takesRef();
            if (!known) {
                throw fail(key, "unknown field " + Quote.of(key) + " for op " + spec.name());
            }
        }
        for (FieldSpec field : spec.fields().values()) {
            JsonNode value = step.get(field.name());
            if (value == null || value.isNull()) {
                if (field.required()) {
                    throw fail(field.name(), "missing required field");
                }
                continue;
            }
            switch (field.kind()) {
                case REF -> ref(field.name(), value);
                case REF_OR_NUMBER -> {
                    if (value.isString()) {
                        ref(field.name(), value);
                    }
                }
                case LINES -> lines(field.name(), value);
                default -> {
                    // values are read, and refused with VALIDATION, when the step runs
                }
            }
        }
    }

    private void ref(String name, JsonNode value) {
        if (!value.isString()) {
            throw fail(name, "must be a JSON string naming a ref defined by an earlier step");
        }
        if (!refs.containsKey(value.stringValue())) {
            throw fail(name, Quote.of(value.stringValue()) + " is not a ref defined by an earlier step");
        }
    }

    private void lines(String name, JsonNode value) {
        if (!value.isArray()) {
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode line = value.get(i);
            if (!line.isObject()) {
                continue;
            }
            String path = name + "[" + i + "]";
            for (String key : line.propertyNames()) {
                if (!OpCatalog.LINE.fields().containsKey(key)) {
                    throw fail(path + "." + key, "unknown field " + Quote.of(key) + " of a line");
                }
            }
            for (FieldSpec f : OpCatalog.LINE.fields().values()) {
                JsonNode v = line.get(f.name());
                if (f.required() && (v == null || v.isNull())) {
                    throw fail(path + "." + f.name(), "missing required field");
                }
            }
        }
    }

    private MalformedScriptException fail(String field, String what) {
        return MalformedScriptException.at(index, spec.name(), field, what);
    }
}
