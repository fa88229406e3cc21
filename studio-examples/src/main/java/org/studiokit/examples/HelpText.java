package org.studiokit.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The part of every command's {@code --help} the commands share: the exit codes. A command's own
 * {@code exitCodeList} adds codes (scan's 130) or says what a shared one means for it (run's 1).
 */
final class HelpText {
    /** The exit codes every command shares (SPEC §13). */
    static final Map<String, String> EXIT_CODES = exitCodes();

    private HelpText() {
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "done");
        codes.put("1", "refused by a business rule: one line 'studio NAME: refused: CODE: message' on standard"
                + " error, nothing changed");
        codes.put("2", "bad usage: the message and the usage on standard error, nothing done");
        codes.put("3", "internal error: one line on standard error, never a stack trace");
        return Map.copyOf(codes);
    }

    /** Sets the exit codes of a command and of its subcommands, at any depth. */
    static void apply(CommandSpec spec) {
        Map<String, String> own = spec.usageMessage().exitCodeList();
        Map<String, String> merged = new TreeMap<>((a, b) -> Integer.compare(number(a), number(b)));
        merged.putAll(EXIT_CODES);
        merged.putAll(own);
        Map<String, String> listed = new LinkedHashMap<>();
        merged.forEach((code, meaning) -> listed.put(String.format("%4s", code.strip()), meaning));
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(listed);
        spec.subcommands().values().stream().map(c -> c.getCommandSpec()).distinct().forEach(HelpText::apply);
    }

    private static int number(String code) {
        return Integer.parseInt(code.strip());
    }
}
