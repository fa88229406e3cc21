package org.studiokit.examples.script;

import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How scripts are read and results written. Reading is strict: one JSON value and nothing after it, no duplicate
 * keys, floats kept as exact decimals, bounded nesting, string and number sizes. Writing is deterministic: two-space
 * indentation, {@code \n} line ends, keys in the order they were put.
 */
public final class ScriptJson {
    /** The deepest nesting of arrays and objects a script may have. */
    public static final int MAX_DEPTH = 64;
    /** The longest string a script may hold, in characters. */
    public static final int MAX_STRING = 100_000;
    /** The most digits a number in a script may have. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxNameLength(1_000).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads parts of a script as trees while a parser walks it (no check for what follows the part). */
    private static final JsonMapper STREAM = MAPPER.rebuild()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /**
     * Reads a script whose whole text has passed {@code ScriptText.checkSyntax} (or is being checked by it at the same
     * time, its verdict coming first): duplicate keys are refused there, so these passes skip looking for them.
     */
    private static final JsonMapper CHECKED = STREAM.rebuild()
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final ObjectWriter WRITER = MAPPER.writer().with(printer());

    private ScriptJson() {
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** @return a parser over a script's bytes, with the script limits, to read it token by token */
    static JsonParser parser(InputStream in) {
        return STREAM.createParser(in);
    }

    /** @return a parser over a script whose syntax is checked apart (no look for duplicate keys) */
    static JsonParser checkedParser(InputStream in) {
        return CHECKED.createParser(in);
    }

    /**
     * @return the value a parser from {@link #checkedParser} is at (or the next one), as a tree, leaving the parser
     *         after it
     */
    static JsonNode checkedTree(JsonParser parser) {
        return CHECKED.readTree(parser);
    }

    /** @return a refusal saying in plain words why the text is not the JSON a script must be */
    static MalformedScriptException notJson(JacksonException e, JsonParser parser) {
        TokenStreamLocation at = parser == null ? null : parser.currentLocation();
        return new MalformedScriptException("not JSON: " + JsonProblem.describe(e, at));
    }

    /**
     * @return a generator writing results as {@link #write(JsonNode)} does (two-space indentation, {@code \n} line
     *         ends), to stream a document piece by piece
     */
    public static JsonGenerator generator(Writer out) {
        return WRITER.createGenerator(out);
    }

    /** @return a new empty object node */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** @return a new empty array node */
    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** @return the node as indented JSON text ending with a line break */
    public static String write(JsonNode node) {
        return WRITER.writeValueAsString(node) + "\n";
    }

    /** @return the node as indented JSON in UTF-8 (an unpaired surrogate becomes {@code ?}) */
    public static byte[] bytes(JsonNode node) {
        return write(node).getBytes(StandardCharsets.UTF_8);
    }
}
