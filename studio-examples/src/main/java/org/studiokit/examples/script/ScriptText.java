package org.studiokit.examples.script;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Walks a script's text with a streaming parser, so that no pass holds more than one step in memory: the syntax of
 * the whole text, the top level (its keys and the studio block), and the steps one at a time.
 */
final class ScriptText {
    private static final Set<String> ROOT_KEYS = Set.of("studio", "steps");

    /**
     * The top level of a script.
     *
     * @param studio the studio block, or null when absent or {@code null}
     * @param steps  the token {@code steps} starts with, or null when absent
     */
    record TopLevel(JsonNode studio, JsonToken steps) {
    }

    private ScriptText() {
    }

    /** Checks that the text is one JSON object and nothing after it, with every limit of {@link ScriptJson}. */
    static void checkSyntax(ScriptSource source) {
        walk(source, true, p -> {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new MalformedScriptException("not JSON: the script is empty");
            }
            p.skipChildren();
            if (p.nextToken() != null) {
                throw new MalformedScriptException("not JSON: there is more text after the script's JSON value"
                        + " (line " + p.currentLocation().getLineNr() + ", column "
                        + p.currentLocation().getColumnNr() + ")");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new MalformedScriptException("the script must be a JSON object with \"studio\" and \"steps\"");
            }
            return null;
        });
    }

    /**
     * Reads the top level of a script whose syntax is checked apart.
     *
     * @param whole whether to read it to the end (refusing unknown keys after the steps) or to stop at the steps'
     *              start once the studio block is read
     */
    static TopLevel topLevel(ScriptSource source, boolean whole) {
        return walk(source, false, p -> {
            p.nextToken();
            JsonNode studio = null;
            JsonToken steps = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                if (!ROOT_KEYS.contains(key)) {
                    throw new MalformedScriptException("unknown top-level field " + Quote.of(key)
                            + "; a script has \"studio\" and \"steps\"");
                }
                JsonToken value = p.nextToken();
                if (key.equals("studio")) {
                    studio = value == JsonToken.VALUE_NULL ? null : ScriptJson.checkedTree(p);
                } else {
                    steps = value;
                    if (!whole && studio != null) {
                        break;
                    }
                    p.skipChildren();
                }
            }
            return new TopLevel(studio, steps);
        });
    }

    /** @return the steps of a script whose top level is checked, read one at a time */
    static Steps steps(ScriptSource source) {
        return new Steps(source);
    }

    private static <T> T walk(ScriptSource source, boolean strict, Function<JsonParser, T> body) {
        try (InputStream in = open(source);
             JsonParser p = strict ? ScriptJson.parser(in) : ScriptJson.checkedParser(in)) {
            try {
                return body.apply(p);
            } catch (JacksonException e) {
                throw ScriptJson.notJson(e, p);
            }
        } catch (JacksonException e) {
            throw ScriptJson.notJson(e, null);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(ScriptSource source) {
        return source.open();
    }

    /** The elements of the top-level {@code steps} array, one tree at a time. */
    static final class Steps implements AutoCloseable {
        private final InputStream in;
        private final JsonParser parser;

        private Steps(ScriptSource source) {
            in = source.open();
            parser = ScriptJson.checkedParser(in);
            try {
                parser.nextToken();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    JsonToken value = parser.nextToken();
                    if (parser.currentName().equals("steps") && value == JsonToken.START_ARRAY) {
                        return;
                    }
                    parser.skipChildren();
                }
            } catch (JacksonException e) {
                close();
                throw ScriptJson.notJson(e, parser);
            }
            close();
            throw new MalformedScriptException("\"steps\" must be a JSON array of steps");
        }

        /** @return the next step as written, or null after the last */
        JsonNode next() {
            try {
                return parser.nextToken() == JsonToken.END_ARRAY ? null : ScriptJson.checkedTree(parser);
            } catch (JacksonException e) {
                throw ScriptJson.notJson(e, parser);
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
                in.close();
            } catch (java.io.IOException | JacksonException e) {
                // nothing was written; the stream is only read
            }
        }
    }
}
