package org.studiokit.examples.script;

import tools.jackson.core.JsonToken;


/**
 * Checks a script's structure before anything runs (SPEC §13): JSON, the studio block, every step's op and fields,
 * required fields, refs (defined once, used only after the step that defines them), users named by {@code as} and
 * codes named by {@code expect}. A JSON {@code null} counts as an absent field. The text is read with a streaming
 * parser, one step at a time, so checking a long script does not hold it in memory.
 */
public final class ScriptReader {
    private ScriptReader() {
    }

    /**
     * @param bytes the script, UTF-8 JSON
     * @return the checked script
     * @throws MalformedScriptException naming the step, op and field of the first problem found
     */
    public static Script read(byte[] bytes) {
        return read(ScriptSource.of(bytes));
    }

    /**
     * @param source the script, UTF-8 JSON
     * @return the checked script, whose steps are read again from the source when it runs
     * @throws MalformedScriptException naming the step, op and field of the first problem found
     */
    public static Script read(ScriptSource source) {
        ScriptText.checkSyntax(source);
        ScriptText.TopLevel top = ScriptText.topLevel(source);
        if (top.studio() == null) {
            throw new MalformedScriptException("missing required field \"studio\" (it needs at least a currency)");
        }
        StudioBlock block = StudioBlock.read(top.studio());
        if (top.steps() != JsonToken.START_ARRAY) {
            throw new MalformedScriptException("\"steps\" must be a JSON array of steps");
        }
        Script script = new Script(block.settings(), block.lockDate(), block.users(), source);
        try (StepCursor steps = script.steps()) {
            while (steps.next() != null) {
                // each step is checked as it is read
            }
        }
        return script;
    }
}
