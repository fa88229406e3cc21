package org.studiokit.examples.script;

import java.util.concurrent.FutureTask;
import tools.jackson.core.JsonToken;


/**
 * Checks a script's structure before anything runs (SPEC §13): JSON, the studio block, every step's op and fields,
 * required fields, refs (defined once, used only after the step that defines them), users named by {@code as} and
 * codes named by {@code expect}. A JSON {@code null} counts as an absent field. The text is read with a streaming
 * parser, one step at a time, so checking a long script does not hold it in memory.
 *
 * <p>The syntax of the whole text (one JSON object, no duplicate keys, the limits of {@link ScriptJson}) is checked
 * on a second thread while this one checks the structure; a syntax problem is reported first, as if the syntax had
 * been checked alone before the rest, so the outcome and its message do not depend on which pass ends first.
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
        FutureTask<Void> syntax = new FutureTask<>(() -> ScriptText.checkSyntax(source), null);
        Thread checking = new Thread(syntax, "studio-script-syntax");
        checking.setDaemon(true);
        checking.start();
        Script script = null;
        RuntimeException structure = null;
        try {
            script = structure(source);
        } catch (RuntimeException e) {
            structure = e;
        }
        Tasks.await(syntax);
        if (structure != null) {
            throw structure;
        }
        return script;
    }

    /**
     * Checks a script as {@link #read(ScriptSource)} does, all on the calling thread: the syntax first, then the
     * structure.
     *
     * @throws MalformedScriptException naming the step, op and field of the first problem found
     */
    public static Script readHere(ScriptSource source) {
        ScriptText.checkSyntax(source);
        return structure(source);
    }

    /**
     * Reads what a run needs before its first step (the studio block and the users) without checking the steps or
     * the syntax of the whole text: for a run that starts while {@link #readHere} checks the script and is thrown
     * away unless the check passes. The steps are still checked one by one as the run reads them.
     *
     * @throws MalformedScriptException when the top level or the studio block is not what a script needs
     */
    public static Script head(ScriptSource source) {
        return script(source, false);
    }

    private static Script structure(ScriptSource source) {
        Script script = script(source, true);
        try (StepCursor steps = script.steps()) {
            while (steps.next() != null) {
                // each step is checked as it is read
            }
        }
        return script;
    }

    private static Script script(ScriptSource source, boolean whole) {
        StudioBlock block = block(source, whole);
        return new Script(block.settings(), block.lockDate(), block.users(), source);
    }

    private static StudioBlock block(ScriptSource source, boolean whole) {
        ScriptText.TopLevel top = ScriptText.topLevel(source, whole);
        if (top.studio() == null) {
            throw new MalformedScriptException("missing required field \"studio\" (it needs at least a currency)");
        }
        StudioBlock block = StudioBlock.read(top.studio());
        if (top.steps() != JsonToken.START_ARRAY) {
            throw new MalformedScriptException("\"steps\" must be a JSON array of steps");
        }
        return block;
    }
}
