package org.studiokit.benchmarks.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The steps of a {@code books.json} script, read as a stream (the script's tree is never held whole). */
final class Script {
    private Script() {
    }

    /** @return the steps of the script at {@code file}, in order */
    static List<Step> read(Path file) {
        JsonMapper mapper = JsonMapper.builder()
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        List<Step> steps = new ArrayList<>();
        try (var in = Files.newInputStream(file); JsonParser p = mapper.createParser(in)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.PROPERTY_NAME && "steps".equals(p.currentName())) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        steps.add(step(mapper.readTree(p)));
                    }
                    return steps;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no steps in " + file);
    }

    private static Step step(JsonNode s) {
        String op = s.get("op").stringValue();
        return switch (op) {
            case "client" -> new Step(op, text(s, "ref"), null, text(s, "name"), null, null, null);
            case "invoice" -> new Step(op, text(s, "ref"), text(s, "client"), s.get("lines").get(0).get("item")
                    .stringValue(), date(s, "date"), s.get("lines").get(0).get("price").stringValue(), null);
            case "payment" -> new Step(op, null, text(s, "invoice"), null, date(s, "date"), text(s, "amount"),
                    text(s, "method"));
            case "deposit" -> new Step(op, null, text(s, "client"), null, date(s, "date"), text(s, "amount"),
                    text(s, "method"));
            case "post" -> new Step(op, null, null, null, date(s, "through"), null, null);
            default -> new Step(op, null, null, null, null, null, null);
        };
    }

    private static String text(JsonNode s, String field) {
        return s.get(field).stringValue();
    }

    private static LocalDate date(JsonNode s, String field) {
        return LocalDate.parse(s.get(field).stringValue());
    }
}
