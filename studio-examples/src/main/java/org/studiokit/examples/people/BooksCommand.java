package org.studiokit.examples.people;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.studiokit.core.StudioException;
import org.studiokit.core.security.Actor;
import org.studiokit.examples.runner.Workspace;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command on the studio's books: opens them, runs, and turns a refusal into exit code 1 with its code and message on
 * standard error (never a stack trace).
 */
abstract class BooksCommand implements Callable<Integer> {
    /** Done. */
    static final int OK = 0;
    /** Refused by a business rule. */
    static final int REFUSED = 1;
    /** A wrong command line. */
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    BooksOptions options;

    @Override
    public final Integer call() {
        Actor actor = options.actor();
        check();
        try {
            return run(OpenBooks.open(options.db()), actor);
        } catch (StudioException e) {
            err().println(refusal(spec.name(), e));
            return REFUSED;
        }
    }

    /** @return the line a refusal prints: {@code studio NAME: refused: CODE: message} */
    static String refusal(String command, StudioException e) {
        return "studio " + command + ": refused: " + e.code() + ": " + e.getMessage();
    }

    /** Checks the command line before the books are opened (throws a {@code ParameterException} when wrong). */
    void check() {
    }

    /**
     * Runs the command.
     *
     * @return the exit code
     */
    abstract int run(Workspace books, Actor actor);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
