package org.studiokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.studiokit.examples.embed.FirstInvoice;

/** The project README's Java example is {@link FirstInvoice}, word for word, and prints what the README says. */
class ReadmeExampleTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src/main/java/org/studiokit/examples/embed/FirstInvoice.java");

    private static String block(String readme, String language) {
        String open = "```" + language + "\n";
        int start = readme.indexOf(open);
        assertThat(start).as("the README has a %s block", language).isNotNegative();
        int end = readme.indexOf("```\n", start + open.length());
        return readme.substring(start + open.length(), end);
    }

    @Test
    void the_readme_shows_the_example_class_word_for_word() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(block(readme, "java")).isEqualTo(Files.readString(SOURCE, StandardCharsets.UTF_8));
    }

    @Test
    void the_example_prints_what_the_readme_says() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            FirstInvoice.main(new String[0]);
        } finally {
            System.setOut(before);
        }
        String printed = out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
        assertThat(printed).isEqualTo(block(readme, "text"));
        assertThat(printed).contains("balance due 100.00", "trial balance total 0.00");
    }
}
