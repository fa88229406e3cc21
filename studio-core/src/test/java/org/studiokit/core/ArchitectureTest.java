package org.studiokit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SPEC §1: the domain has no platform dependencies, reads no wall clock and makes no random ids. */
@DisplayName("§1 architecture rules of studio-core")
class ArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importMainClasses() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.studiokit.core");
        assertThat(core).as("main classes were imported").isNotEmpty();
        assertThat(core.stream().map(c -> c.getName())).contains(Studio.class.getName())
                .noneMatch(name -> name.endsWith("Test") || name.endsWith("StudioFixture"));
    }

    @Test
    @DisplayName("§1 core classes do not depend on JPA, Jackson, ZXing or jSerialComm")
    void core_has_no_platform_dependencies() {
        noClasses().that().resideInAPackage("org.studiokit.core..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "javax.persistence..", "tools.jackson..",
                        "com.fasterxml.jackson..", "com.google.zxing..", "com.fazecast..")
                .check(core);
    }

    @Test
    @DisplayName("§1 core never reads the wall clock: no Instant.now(), LocalDate.now(), LocalDateTime.now(), system clocks or currentTimeMillis")
    void core_reads_no_wall_clock() {
        noClasses().that().resideInAPackage("org.studiokit.core..").should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time comes from the injected Clock so tests are deterministic")
                .check(core);
    }

    @Test
    @DisplayName("§1 core makes no random ids: no UUID.randomUUID()")
    void core_makes_no_random_ids() {
        noClasses().that().resideInAPackage("org.studiokit.core..").should().callMethod(UUID.class, "randomUUID")
                .because("ids come from the injected IdSource")
                .check(core);
    }

    @Test
    @DisplayName("§1 every package under studio-core main has a package-info.java with a Javadoc comment")
    void every_package_has_package_info() throws IOException {
        Path root = Path.of("src", "main", "java");
        assertThat(root).as("run from the module directory").isDirectory();
        List<String> missing = new ArrayList<>();
        List<Path> packages;
        try (Stream<Path> dirs = Files.walk(root)) {
            packages = dirs.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava).toList();
        }
        assertThat(packages).isNotEmpty();
        for (Path dir : packages) {
            Path info = dir.resolve("package-info.java");
            if (!Files.isRegularFile(info) || !Files.readString(info).contains("/**")) {
                missing.add(root.relativize(dir).toString().replace(java.io.File.separatorChar, '.'));
            }
        }
        assertThat(missing).as("packages without a documented package-info.java").isEmpty();
    }

    @Test
    @DisplayName("small classes: no main source file of studio-core is over 300 lines")
    void no_main_file_over_300_lines() throws IOException {
        Path root = Path.of("src", "main", "java");
        List<String> long_ = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > 300) {
                    long_.add(root.relativize(file) + " (" + lines + " lines)");
                }
            }
        }
        assertThat(long_).as("main files over 300 lines").isEmpty();
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
