package org.studiokit.examples.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Tells the demo's story: one dated line per step, headings, and report tables. */
public final class Narrator {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM dd", Locale.ENGLISH);

    private final PrintWriter out;

    /** @param out where the story goes */
    public Narrator(PrintWriter out) {
        this.out = out;
    }

    /** Prints a heading. */
    public void heading(String text) {
        out.println();
        out.println(text);
        out.println("=".repeat(text.length()));
    }

    /** Prints one line of the story, dated. */
    public void say(LocalDate date, String text) {
        out.println(DAY.format(date) + "  " + text);
    }

    /** Prints a titled table. */
    public void table(String title, TextTable table) {
        out.println();
        out.println(title);
        out.print(table.size() == 0 ? "(nothing to show)\n" : table.render());
    }

    /** Prints a plain line. */
    public void line(String text) {
        out.println(text);
    }

    /** Flushes what was told. */
    public void flush() {
        out.flush();
    }
}
