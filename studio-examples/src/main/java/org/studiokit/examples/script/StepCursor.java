package org.studiokit.examples.script;

import java.util.Map;
import org.studiokit.core.security.Actor;

/** A script's steps, read and checked one at a time from its source. Close it when done. */
public final class StepCursor implements AutoCloseable {
    private final ScriptText.Steps steps;
    private final StepChecker checker;
    private int index;

    StepCursor(ScriptSource source, Map<String, Actor> users) {
        this.steps = ScriptText.steps(source);
        this.checker = new StepChecker(users);
    }

    /**
     * @return the next step, or null after the last
     * @throws MalformedScriptException when the step is malformed
     */
    public Step next() {
        tools.jackson.databind.JsonNode node = steps.next();
        if (node == null) {
            return null;
        }
        return checker.check(index++, node);
    }

    @Override
    public void close() {
        steps.close();
    }
}
