package org.studiokit.examples.runner;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.studiokit.examples.script.Script;
import org.studiokit.examples.script.ScriptJson;
import org.studiokit.examples.script.Step;
import org.studiokit.examples.view.Views;
import tools.jackson.databind.JsonNode;
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
     * @param ok        whether every step met its expectation
     * @param workspace the studio as the run left it
     * @param internal  the first step that failed on a defect rather than a business refusal ({@code "step N: …"}),
     *                  or null
     */
    public record Run(boolean ok, Workspace workspace, String internal) {
    }

    /**
     * Runs the script, handing each step's result to the document as soon as the step is done (nothing of earlier
     * steps is kept but their refs).
     */
    public Run run(Script script, ResultDocument out) {
        StepClock clock = new StepClock();
        Workspace workspace = workspaces.open(script.settings(), script.lockDate(), clock);
        Views views = Views.of(workspace.books());
        Refs refs = new Refs();
        boolean ok = true;
        String internal = null;
        try (StepFeed steps = new StepFeed(script.steps())) {
            for (Step step = steps.next(); step != null; step = steps.next()) {
                clock.atStep(step.index());
                StepContext context = new StepContext(step, new StepInput(step.fields(),
                        workspace.studio().settings().currency()), workspace, refs, views);
                ObjectNode result = runStep(context);
                ok &= result.get("met").booleanValue();
                if (internal == null && isInternal(result)) {
                    internal = "step " + step.index() + " (" + step.op() + "): "
                            + result.get("error").get("message").stringValue();
                }
                out.step(result);
            }
        }
        return new Run(ok, workspace, internal);
    }

    private static boolean isInternal(ObjectNode result) {
        JsonNode error = result.get("error");
        return error != null && StepFailure.INTERNAL.equals(error.get("code").stringValue());
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
            error.set("values", ErrorValues.json(failure.values()));
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
