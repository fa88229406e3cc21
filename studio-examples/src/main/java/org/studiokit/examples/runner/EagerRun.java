package org.studiokit.examples.runner;

import java.util.concurrent.FutureTask;
import org.studiokit.examples.script.MalformedScriptException;
import org.studiokit.examples.script.Script;
import org.studiokit.examples.script.ScriptReader;
import org.studiokit.examples.script.ScriptSource;
import org.studiokit.examples.script.Tasks;

/**
 * A run on a studio that lives only in this process, started while a second thread checks the script: the steps run
 * as soon as the studio block is read, and the run is thrown away (nothing of it printed) when the check refuses the
 * script. The check's verdict decides the outcome exactly as if it had come first: a malformed script gives the same
 * message and nothing else, a checked one the same document. Only for runs with nothing outside the process to undo:
 * an in-memory studio and no export directory.
 */
final class EagerRun {
    private EagerRun() {
    }

    /** @return whether a run on these studios may start before its script is checked */
    static boolean applies(WorkspaceFactory workspaces) {
        return workspaces instanceof InMemoryWorkspaces && ExportDirectory.current().isEmpty();
    }

    /** Runs the script while it is checked; see {@link ScriptExecution#run}. */
    static ScriptExecution.Ending run(ScriptSource source, WorkspaceFactory workspaces, Spool spool) {
        FutureTask<Script> check = new FutureTask<>(() -> ScriptReader.readHere(source));
        Thread checking = new Thread(check, "studio-script-check");
        checking.setDaemon(true);
        checking.start();
        ScriptRunner.Run run = null;
        RuntimeException failed = null;
        try {
            Script head = ScriptReader.head(source);
            try (ResultDocument document = new ResultDocument(spool)) {
                run = new ScriptRunner(workspaces).run(head, document);
                document.finish();
            }
        } catch (RuntimeException e) {
            failed = e;
        }
        MalformedScriptException malformed = verdict(check);
        if (malformed != null) {
            return new ScriptExecution.Ending(ScriptExecution.MALFORMED, false,
                    "malformed script: " + malformed.getMessage(), null);
        }
        if (failed != null) {
            throw failed;
        }
        return ScriptExecution.ending(run);
    }

    /**
     * Waits for the check.
     *
     * @return its refusal, or null when the script passed
     * @throws RuntimeException what else the check threw (an {@link Error} as it is)
     */
    private static MalformedScriptException verdict(FutureTask<Script> check) {
        try {
            Tasks.await(check);
            return null;
        } catch (MalformedScriptException m) {
            return m;
        }
    }
}
