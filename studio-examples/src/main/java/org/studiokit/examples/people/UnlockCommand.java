package org.studiokit.examples.people;

import org.studiokit.core.security.Actor;
import org.studiokit.examples.runner.Workspace;
import org.studiokit.posting.journal.RecordRef;
import org.studiokit.core.LockState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code studio unlock RECORD --reason R}: unlocks a posted record (LCK-1; needs UNLOCK, audited). */
@Command(name = "unlock", mixinStandardHelpOptions = true,
        description = {"Unlocks a posted document (I<number>) or money movement (M<number>) so it can be changed;"
                + " the next posting run books its adjustment (LCK-1, LCK-2)."},
        footer = {"", "Example:", "  studio unlock I1042 --reason \"wrong price on line 2\" --as manager"})
public final class UnlockCommand extends BooksCommand {
    @Parameters(index = "0", paramLabel = "RECORD", description = "I<number> or M<number>.")
    private String record;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (kept in the audit log).")
    private String reason;

    @Override
    int run(Workspace books, Actor actor) {
        RecordRef ref = RecordArg.parse(spec.commandLine(), books.studio(), record);
        LockState lock = books.books().unlock(actor, ref, reason);
        out().println("Unlocked " + record + " by " + actor.name() + ": " + reason + " (posted in batch " + lock.batch() + ")");
        out().flush();
        return OK;
    }
}
