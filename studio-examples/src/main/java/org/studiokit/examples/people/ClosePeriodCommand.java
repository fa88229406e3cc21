package org.studiokit.examples.people;

import java.time.LocalDate;
import org.studiokit.core.security.Actor;
import org.studiokit.examples.runner.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code studio close-period --through D}: sets the lock date (LCK-3; needs CLOSE_PERIOD). */
@Command(name = "close-period", mixinStandardHelpOptions = true,
        description = {"Closes the books through a date (LCK-3): nothing dated on or before it can be created,"
                + " changed or posted afterwards. Refused while records up to it are unposted or unlocked."},
        footer = {"", "Example:", "  studio close-period --through 2026-03-31 --as owner"})
public final class ClosePeriodCommand extends BooksCommand {
    @Option(names = "--through", required = true, paramLabel = "DATE", description = "The new lock date.")
    private LocalDate through;

    @Override
    int run(Workspace books, Actor actor) {
        LocalDate lock = books.books().closePeriod(actor, through);
        out().println("Closed through " + lock + " by " + actor.name());
        out().flush();
        return OK;
    }
}
