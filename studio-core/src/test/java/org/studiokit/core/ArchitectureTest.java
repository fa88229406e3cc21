package org.studiokit.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SPEC §1: the domain has no platform dependencies, reads no wall clock and makes no random ids; and its packages
 * depend on each other one way only (see the layering in this module's README).
 */
@DisplayName("§1 architecture rules of studio-core")
class ArchitectureTest {
    private static final String ROOT = "org.studiokit.core";
    /** The root package's kernel types: the sub-packages use them, and they use no sub-package. */
    private static final Set<String> ROOT_KERNEL = Set.of(ErrorCode.class.getName(), StudioException.class.getName(),
            IdSource.class.getName(), Identified.class.getName(), Inputs.class.getName(), LockState.class.getName(),
            SharedDates.class.getName());
    /** The sub-packages of the kernel: values and settings that name no record. */
    private static final List<String> KERNEL = List.of("money", "tax", "security", "settings");
    /** The packages of the records: what the commands make and the store keeps. */
    private static final List<String> RECORDS = List.of("audit", "party", "production", "document", "movement");
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

    /**
     * The slices are the sub-packages of {@code org.studiokit.core}, one each with what lies below it: money,
     * tax, security, settings, audit, party, production, document, movement, store and service. Classes of the root
     * package itself belong to no slice; {@link #layers_point_one_way_down()} places them (kernel types at the bottom,
     * the facade on top), so a cycle through the root package is caught there. A new sub-package is a new slice
     * here and must also be given a layer there, or that test fails.
     */
    @Test
    @DisplayName("no package cycles: the sub-packages of org.studiokit.core depend on each other one way only")
    void no_package_cycles() {
        assertThat(core.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith(ROOT + ".")).distinct())
                .as("sub-packages imported").contains(ROOT + ".store", ROOT + ".service", ROOT + ".movement");
        slices().matching("org.studiokit.core.(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    @DisplayName("layers: kernel types, then records, then the store port, then the services, then the facade; each uses only those below it")
    void layers_point_one_way_down() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().ensureAllClassesAreContainedInArchitecture()
                .layer("Kernel").definedBy(kernel())
                .layer("Records").definedBy(RECORDS.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new))
                .layer("Store").definedBy(ROOT + ".store..")
                .layer("Services").definedBy(ROOT + ".service..")
                .layer("Facade").definedBy(facade())
                .whereLayer("Kernel").mayOnlyAccessLayers("Kernel")
                .whereLayer("Records").mayOnlyAccessLayers("Kernel", "Records")
                .whereLayer("Store").mayOnlyAccessLayers("Kernel", "Records", "Store")
                .whereLayer("Services").mayOnlyAccessLayers("Kernel", "Records", "Store", "Services")
                .whereLayer("Facade").mayNotBeAccessedByAnyLayer()
                .check(core);
    }

    @Test
    @DisplayName("records stand apart: a record package uses no other, except that movements may name documents")
    void records_stand_apart() {
        for (String from : RECORDS) {
            String[] others = RECORDS.stream().filter(p -> !p.equals(from))
                    .filter(p -> !(from.equals("movement") && p.equals("document")))
                    .map(p -> ROOT + "." + p + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + from + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(others).check(core);
        }
    }

    private static DescribedPredicate<JavaClass> kernel() {
        return DescribedPredicate.describe("money, tax, security, settings and the root package's kernel types",
                c -> KERNEL.stream().anyMatch(p -> (c.getPackageName() + ".").startsWith(ROOT + "." + p + "."))
                        || c.getPackageName().equals(ROOT) && ROOT_KERNEL.contains(topLevel(c)));
    }

    private static DescribedPredicate<JavaClass> facade() {
        return DescribedPredicate.describe("the root package's other types (Studio and its views)",
                c -> c.getPackageName().equals(ROOT) && !ROOT_KERNEL.contains(topLevel(c)));
    }

    /** @return the name of the top-level class a class (or array of it) belongs to */
    private static String topLevel(JavaClass c) {
        return c.getBaseComponentType().getName().replaceAll("\\$.*", "");
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
