package org.studiokit.examples.runner;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.studiokit.examples.script.Script;
import org.studiokit.examples.script.ScriptJson;
import org.studiokit.examples.script.Step;
import org.studiokit.examples.view.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a checked script on a fresh studio (SPEC §13): every step in order, each judged against its {@code expect};
 * the run goes on after a step that did not meet it.
 */
public final class ScriptRunner {
    private static final Map<String, OpHandler> OPS = handlers();

    private final WorkspaceFactory workspaces;

    /** @param workspaces where the studio lives */
    public ScriptRunner(WorkspaceFactory workspaces) {
        this.workspaces = Objects.requireNonNull(workspaces, "workspaces");
    }

    private static Map<String, OpHandler> handlers() {
        Map<String, OpHandler> ops = new HashMap<>();
        PartyOps.register(ops);
        DocumentOps.register(ops);
        MoneyOps.register(ops);
        ProductionOps.register(ops);
        BookOps.register(ops);
        RecordOps.register(ops);
        ReportOps.register(ops);
        ExportOps.register(ops);
        return Map.copyOf(ops);
    }

    /** @return whether this build runs an op */
    public static boolean handles(String op) {
        return OPS.containsKey(op);
    }

    /**
     * The outcome of a run.
     *
     * @param json      the result document: {@code ok} and {@code steps}
     * @param ok        whether every step met its expectation
     * @param workspace the studio as the run left it
     */
    public record Run(ObjectNode json, boolean ok, Workspace workspace) {
    }

    /** Runs the script. */
    public Run run(Script script) {
        StepClock clock = new StepClock();
        Workspace workspace = workspaces.open(script.settings(), script.lockDate(), clock);
        Views views = Views.of(workspace.books());
        Refs refs = new Refs();
        ArrayNode steps = ScriptJson.array();
        boolean ok = true;
        for (Step step : script.steps()) {
            clock.atStep(step.index());
            StepContext context = new StepContext(step, new StepInput(step.fields(),
                    workspace.studio().settings().currency()), workspace, refs, views);
            ObjectNode out = runStep(context);
            ok &= out.get("met").booleanValue();
            steps.add(out);
        }
        ObjectNode json = ScriptJson.object();
        json.put("ok", ok);
        json.set("steps", steps);
        return new Run(json, ok, workspace);
    }

    private static ObjectNode runStep(StepContext c) {
        Step step = c.step();
        ObjectNode out = ScriptJson.object();
        out.put("step", step.index());
        out.put("op", step.op());
        try {
            OpPermissions.check(c);
            StepResult result = OPS.get(step.op()).run(c);
            bind(c, result.recordId());
            out.put("ok", true);
            out.put("met", step.expect() == null);
            out.set("result", result.json());
        } catch (RuntimeException e) {
            bind(c, null);
            StepFailure failure = StepFailure.of(e);
            out.put("ok", false);
            out.put("met", failure.is(step.expect()));
            ObjectNode error = out.putObject("error");
            error.put("code", failure.code());
            error.put("message", failure.message());
        }
        return out;
    }

    private static void bind(StepContext c, Long recordId) {
        Step step = c.step();
        if (step.ref() != null) {
            c.refs().bind(step.ref(), step.spec().defines(), recordId, step.index());
        }
    }
}
