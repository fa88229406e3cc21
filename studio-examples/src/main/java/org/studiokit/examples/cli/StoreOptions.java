package org.studiokit.examples.cli;

import org.studiokit.examples.runner.DatabaseWorkspaces;
import org.studiokit.examples.runner.InMemoryWorkspaces;
import org.studiokit.examples.runner.WorkspaceFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where a subcommand's studio lives: {@code --db URL [--keep]} (a database), else a fresh in-memory store. */
public final class StoreOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of an H2, PostgreSQL or MariaDB database (credentials as URL parameters);"
                    + " without it the in-memory store is used.")
    private String db;

    @Option(names = "--keep", description = "Go on with the studio stored in --db instead of starting empty.")
    private boolean keep;

    /**
     * @return the store to use
     * @throws CommandLine.ParameterException when {@code --keep} comes without {@code --db}
     */
    public WorkspaceFactory workspaces() {
        if (db != null) {
            return new DatabaseWorkspaces(db, keep);
        }
        if (keep) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--keep needs --db");
        }
        return new InMemoryWorkspaces();
    }
}
