package org.studiokit.examples.runner;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.studiokit.core.service.AuditTrail;
import org.studiokit.examples.script.ScriptJson;
import org.studiokit.posting.journal.PostingBatch;
import org.studiokit.posting.run.PostingRequest;
import tools.jackson.databind.node.ObjectNode;

/** {@code post}, {@code unlock}, {@code closePeriod} and {@code verifyAudit} (PST-1, LCK-1..3, AUD-1). */
final class BookOps {
    private BookOps() {
    }

    static void register(Map<String, OpHandler> ops) {
        ops.put("post", BookOps::post);
        ops.put("unlock", BookOps::unlock);
        ops.put("closePeriod", BookOps::closePeriod);
        ops.put("verifyAudit", BookOps::verifyAudit);
    }

    private static StepResult post(StepContext c) {
        LocalDate through = c.in().date("through");
        List<String> methods = c.in().optStrings("methods");
        Optional<PostingBatch> run = c.books().post(c.actor(),
                new PostingRequest(through, methods == null ? null : new LinkedHashSet<>(methods)));
        return new StepResult(c.views().posting().of(run), run.map(PostingBatch::number).orElse(null));
    }

    private static StepResult unlock(StepContext c) {
        String reason = c.in().string("reason");
        Refs.Bound record = c.anyRef("record");
        c.books().unlock(c.actor(), RecordOps.postable("record", record), reason);
        return StepResult.of(RecordOps.view(c, record));
    }

    private static StepResult closePeriod(StepContext c) {
        LocalDate through = c.in().date("through");
        LocalDate lock = c.books().closePeriod(c.actor(), through);
        ObjectNode o = ScriptJson.object();
        o.put("lockDate", lock.toString());
        return StepResult.of(o);
    }

    private static StepResult verifyAudit(StepContext c) {
        AuditTrail.Verification v = c.studio().audit().verify();
        ObjectNode o = ScriptJson.object();
        o.put("valid", v.valid());
        o.put("entries", v.entries());
        return StepResult.of(o);
    }
}
