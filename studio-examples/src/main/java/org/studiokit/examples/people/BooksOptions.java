package org.studiokit.examples.people;

import java.util.Locale;
import org.studiokit.core.security.Actor;
import org.studiokit.core.security.Role;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command for people shares: {@code --db URL} (the studio's database) and {@code --as USER[:ROLE]}
 * (who acts). Users are not stored in the database, so the role comes from the name ({@code owner}, {@code manager},
 * {@code clerk}) or is given after a colon ({@code --as ann:MANAGER}).
 */
public final class BooksOptions {
    /** The embedded H2 file used when no {@code --db} is given (relative to the working directory). */
    public static final String DEFAULT_DB = "jdbc:h2:file:./studio-data/studio";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL", defaultValue = DEFAULT_DB,
            description = "JDBC URL of the studio's database (H2, PostgreSQL or MariaDB; credentials as URL"
                    + " parameters). Default: ${DEFAULT-VALUE}.")
    private String db;

    @Option(names = "--as", paramLabel = "USER[:ROLE]", defaultValue = "owner",
            description = "Who acts: owner, manager or clerk, or NAME:ROLE (ROLE one of OWNER, MANAGER, CLERK)."
                    + " Default: ${DEFAULT-VALUE}.")
    private String as;

    /** @return the JDBC URL */
    public String db() {
        return db;
    }

    /**
     * @return the acting user
     * @throws CommandLine.ParameterException when the role cannot be told
     */
    public Actor actor() {
        int colon = as.indexOf(':');
        String name = colon < 0 ? as : as.substring(0, colon);
        String role = colon < 0 ? as : as.substring(colon + 1);
        if (name.isBlank()) {
            throw usage("--as needs a user name");
        }
        try {
            return Actor.of(name, Role.valueOf(role.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw usage("--as " + as + ": say the role, e.g. --as " + name + ":CLERK (roles: OWNER, MANAGER, CLERK)");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
