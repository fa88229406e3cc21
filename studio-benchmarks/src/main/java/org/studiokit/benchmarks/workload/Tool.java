package org.studiokit.benchmarks.workload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A program timed on the books: {@code studio run books.json}, or a peer on the same books as a journal.
 *
 * @param name    the figure name
 * @param command the command, the books file last
 */
record Tool(String name, List<String> command) {
    /** @return studio, then each peer that is installed */
    static List<Tool> available(List<String> studio) {
        List<Tool> tools = new ArrayList<>();
        List<String> run = new ArrayList<>(studio);
        run.addAll(List.of("run", "books.json"));
        tools.add(new Tool("studio", run));
        onPath("ledger").ifPresent(p -> tools.add(new Tool("ledger", List.of(p, "-f", "books.journal", "bal"))));
        onPath("hledger").ifPresent(p -> tools.add(new Tool("hledger", List.of(p, "-f", "books.journal", "bal"))));
        onPath("bean-check").ifPresent(p -> tools.add(new Tool("bean-check", List.of(p, "books.beancount"))));
        return tools;
    }

    /** @return the program's path when it is on PATH */
    static Optional<String> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p.toString());
            }
        }
        return Optional.empty();
    }
}
