package org.studiokit.benchmarks.workload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        return available(studio, Map.of());
    }

    /**
     * @param variants other studio builds or settings to time alike (name → command), e.g. the code before a change
     * @return studio, the variants, then each peer that is installed (Beancount without its cache)
     */
    static List<Tool> available(List<String> studio, Map<String, List<String>> variants) {
        List<Tool> tools = new ArrayList<>();
        tools.add(studio("studio", studio));
        variants.forEach((name, command) -> tools.add(studio(name, command)));
        onPath("ledger").ifPresent(p -> tools.add(new Tool("ledger", List.of(p, "-f", "books.journal", "bal"))));
        onPath("hledger").ifPresent(p -> tools.add(new Tool("hledger", List.of(p, "-f", "books.journal", "bal"))));
        onPath("bean-check").ifPresent(p -> tools.add(new Tool("bean-check", List.of(p, "-C", "books.beancount"))));
        return tools;
    }

    private static Tool studio(String name, List<String> command) {
        List<String> run = new ArrayList<>(command);
        run.addAll(List.of("run", "books.json"));
        return new Tool(name, run);
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
