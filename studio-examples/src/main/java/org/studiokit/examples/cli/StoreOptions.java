package org.studiokit.examples.cli;

import org.studiokit.examples.runner.InMemoryWorkspaces;
import org.studiokit.examples.runner.WorkspaceFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where a subcommand's studio lives: {@code --db URL} (a later build), else a fresh in-memory store. */
public final class StoreOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL",
            description = "Database URL (not available in this build: the in-memory store is used).")
    private String db;

    /**
     * @return the store to use
     * @throws CommandLine.ParameterException when a database is asked for
     */
    public WorkspaceFactory workspaces() {
        if (db != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--db: the database store is not available in this build; leave --db out to use the"
                            + " in-memory store");
        }
        return new InMemoryWorkspaces();
    }
}
