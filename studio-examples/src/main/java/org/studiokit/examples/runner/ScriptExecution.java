package org.studiokit.examples.runner;

import org.studiokit.examples.script.MalformedScriptException;
import org.studiokit.examples.script.Script;
import org.studiokit.examples.script.ScriptJson;
import org.studiokit.examples.script.ScriptReader;

/**
 * One {@code studio run} from a script's bytes to its exit code and output (SPEC §13): 0 when every step met its
 * expectation, 1 when one did not, 2 when the script is malformed (nothing runs; the message names the step, op and
 * field).
 */
public final class ScriptExecution {
    /** Every step met its expectation. */
    public static final int MET = 0;
    /** A step did not meet its expectation. */
    public static final int NOT_MET = 1;
    /** The script is malformed, or the command was used wrongly. */
    public static final int MALFORMED = 2;

    private ScriptExecution() {
    }

    /**
     * What a run gave.
     *
     * @param exitCode  0, 1 or 2
     * @param json      the result document (empty when malformed)
     * @param message   the malformed-script message, or null
     * @param workspace the studio as the run left it, or null when nothing ran
     */
    public record Outcome(int exitCode, String json, String message, Workspace workspace) {
    }

    /** Checks and runs a script. */
    public static Outcome execute(byte[] script, WorkspaceFactory workspaces) {
        Script checked;
        try {
            checked = ScriptReader.read(script);
        } catch (MalformedScriptException e) {
            return new Outcome(MALFORMED, "", "malformed script: " + e.getMessage(), null);
        }
        ScriptRunner.Run run = new ScriptRunner(workspaces).run(checked);
        return new Outcome(run.ok() ? MET : NOT_MET, ScriptJson.write(run.json()), null, run.workspace());
    }
}
