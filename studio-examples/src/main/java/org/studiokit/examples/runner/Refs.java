package org.studiokit.examples.runner;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.studiokit.core.ErrorCode;
import org.studiokit.core.StudioException;
import org.studiokit.examples.script.Quote;
import org.studiokit.examples.script.RecordKind;

/**
 * The refs a run has bound so far: each names the record its step created. The reader has already made sure a ref
 * is used only after the step that defines it; here a ref whose step failed (or a post that made no batch) refuses
 * the step that uses it with {@code NOT_FOUND}, and a ref of the wrong kind with {@code VALIDATION}.
 */
public final class Refs {
    private final Map<String, Bound> bound = new HashMap<>();

    /**
     * What a ref names.
     *
     * @param kind      the kind of record
     * @param id        its internal id (a batch: its number), or null when its step failed or made nothing
     * @param definedBy the step that defined it
     */
    public record Bound(RecordKind kind, Long id, int definedBy) {
    }

    /** Binds a ref to the record its step made (null when the step failed or made none). */
    public void bind(String name, RecordKind kind, Long id, int step) {
        bound.put(name, new Bound(kind, id, step));
    }

    /**
     * @param field the field that names the ref (for messages)
     * @param name  the ref
     * @param kind  the kind of record the field needs
     * @return the record's internal id
     */
    public long id(String field, String name, RecordKind kind) {
        Bound b = any(field, name);
        if (b.kind() != kind) {
            throw StepInput.invalid(field, "ref " + Quote.of(name) + " names " + article(b.kind()) + ", not "
                    + article(kind));
        }
        return b.id();
    }

    /** @return what a ref names; {@code NOT_FOUND} when its step made nothing */
    public Bound any(String field, String name) {
        Bound b = bound.get(name);
        if (b == null) {
            throw new StudioException(ErrorCode.NOT_FOUND, "field " + field + ": ref " + Quote.of(name)
                    + " is not bound", "ref", name);
        }
        if (b.id() == null) {
            throw new StudioException(ErrorCode.NOT_FOUND, "field " + field + ": ref " + Quote.of(name)
                    + " names nothing: step " + b.definedBy() + (b.kind() == RecordKind.BATCH
                    ? " had nothing to post" : " did not succeed"), "ref", name);
        }
        return b;
    }

    private static String article(RecordKind kind) {
        String noun = switch (kind) {
            case CLIENT -> "client";
            case SESSION -> "session";
            case DOCUMENT -> "document";
            case MOVEMENT -> "money movement";
            case ORDER -> "production order";
            case BATCH -> "posting batch";
        };
        return (noun.matches("[aeiou].*") ? "an " : "a ") + noun.toLowerCase(Locale.ROOT);
    }
}
