package org.studiokit.examples.runner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.studiokit.examples.script.MalformedScriptException;
import org.studiokit.examples.script.Script;
import org.studiokit.examples.script.ScriptReader;
import org.studiokit.examples.script.ScriptSource;

/**
 * One {@code studio run} from a script to its exit code and output (SPEC §13): 0 when every step met its
 * expectation, 1 when one did not, 2 when the script is malformed (nothing runs; the message names the step, op and
 * field), 3 on an internal failure (a step that failed on a defect, or output that could not be written).
 */
public final class ScriptExecution {
    /** Every step met its expectation. */
    public static final int MET = 0;
    /** A step did not meet its expectation. */
    public static final int NOT_MET = 1;
    /** The script is malformed, or the command was used wrongly. */
    public static final int MALFORMED = 2;
    /** Something failed inside: a defect, memory, or the output could not be written. */
    public static final int INTERNAL = 3;

    private ScriptExecution() {
    }

    /**
     * How a streamed run ended.
     *
     * @param exitCode  0, 1, 2 or 3
     * @param ok        the document's top-level {@code ok}
     * @param message   the malformed-script or internal-failure message (one line), or null
     * @param workspace the studio as the run left it, or null when nothing ran
     */
    public record Ending(int exitCode, boolean ok, String message, Workspace workspace) {
    }

    /**
     * What a run gave, with the whole document in memory (for tests and small scripts).
     *
     * @param exitCode  0, 1, 2 or 3
     * @param json      the result document (empty when malformed)
     * @param message   the malformed-script or internal-failure message, or null
     * @param workspace the studio as the run left it, or null when nothing ran
     */
    public record Outcome(int exitCode, String json, String message, Workspace workspace) {
    }

    /**
     * Checks a script and runs it, its steps' results going to the spool one at a time; {@link ResultDocument#copy}
     * then writes the document. When the script is malformed nothing runs, or (on an in-memory studio with no export
     * directory, where the run starts while the script is checked: {@link EagerRun}) what ran is thrown away; the
     * spool is then not to be copied.
     */
    public static Ending run(ScriptSource source, WorkspaceFactory workspaces, Spool spool) {
        if (EagerRun.applies(workspaces)) {
            return EagerRun.run(source, workspaces, spool);
        }
        Script checked;
        try {
            checked = ScriptReader.read(source);
        } catch (MalformedScriptException e) {
            return new Ending(MALFORMED, false, "malformed script: " + e.getMessage(), null);
        }
        ScriptRunner.Run run;
        try (ResultDocument document = new ResultDocument(spool)) {
            run = new ScriptRunner(workspaces).run(checked, document);
            document.finish();
        }
        return ending(run);
    }

    /** @return how a run that went through ended */
    static Ending ending(ScriptRunner.Run run) {
        if (run.internal() != null) {
            return new Ending(INTERNAL, run.ok(), "internal error at " + run.internal(), run.workspace());
        }
        return new Ending(run.ok() ? MET : NOT_MET, run.ok(), null, run.workspace());
    }

    /** Checks and runs a script held in memory. */
    public static Outcome execute(byte[] script, WorkspaceFactory workspaces) {
        try (Spool spool = Spool.inMemory()) {
            Ending ending = run(ScriptSource.of(script), workspaces, spool);
            if (ending.exitCode() == MALFORMED) {
                return new Outcome(MALFORMED, "", ending.message(), null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultDocument.copy(ending.ok(), spool, out);
            return new Outcome(ending.exitCode(), out.toString(StandardCharsets.UTF_8), ending.message(),
                    ending.workspace());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
