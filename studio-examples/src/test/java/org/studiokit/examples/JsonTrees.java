package org.studiokit.examples;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Compares result documents field by field, leaving out human-readable {@code message} texts. */
public final class JsonTrees {
    private JsonTrees() {
    }

    /** @return every difference between expected and actual, as {@code path: expected X, actual Y} */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, out);
        return out;
    }

    private static void compare(String path, JsonNode e, JsonNode a, List<String> out) {
        if (a == null) {
            out.add(path + ": missing, expected " + e);
        } else if (e.isObject() && a.isObject()) {
            for (String key : e.propertyNames()) {
                if (!key.equals("message")) {
                    compare(path + "." + key, e.get(key), a.get(key), out);
                }
            }
            for (String key : a.propertyNames()) {
                if (e.get(key) == null) {
                    out.add(path + "." + key + ": unexpected " + a.get(key));
                }
            }
        } else if (e.isArray() && a.isArray()) {
            if (e.size() != a.size()) {
                out.add(path + ": expected " + e.size() + " elements, got " + a.size());
            }
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                compare(path + "[" + i + "]", e.get(i), a.get(i), out);
            }
        } else if (!e.equals(a)) {
            out.add(path + ": expected " + e + ", actual " + a);
        }
    }
}
