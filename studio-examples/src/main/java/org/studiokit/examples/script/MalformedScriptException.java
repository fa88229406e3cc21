package org.studiokit.examples.script;

/**
 * A script that cannot run at all (SPEC §13: exit 2, nothing run): not JSON, an unknown op or field, a missing
 * required field, a reference to a ref no earlier step defines, a ref defined twice, an unknown user. The message
 * names the step index, the op and the field.
 */
public final class MalformedScriptException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where, on one line */
    public MalformedScriptException(String message) {
        super(message, null, false, false);
    }

    /**
     * @return a refusal naming a step, its op and a field
     * @param step  the step index (from 0)
     * @param op    the step's op, or null when it has none
     * @param field the field (a path such as {@code lines[0].price}), or null
     * @param what  what is wrong
     */
    public static MalformedScriptException at(int step, String op, String field, String what) {
        StringBuilder where = new StringBuilder("step ").append(step);
        if (op != null) {
            where.append(" (").append(Quote.bare(op)).append(')');
        }
        if (field != null) {
            where.append(", field ").append(Quote.bare(field));
        }
        return new MalformedScriptException(where + ": " + what);
    }

    /** @return a refusal naming a field of the studio block */
    public static MalformedScriptException inStudio(String field, String what) {
        return new MalformedScriptException("studio block, field " + Quote.bare(field) + ": " + what);
    }
}
