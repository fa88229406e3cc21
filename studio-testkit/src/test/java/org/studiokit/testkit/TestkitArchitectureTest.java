package org.studiokit.testkit;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shape of studio-testkit: its packages depend on each other one way only. */
@DisplayName("architecture rules of studio-testkit")
class TestkitArchitectureTest {

    @Test
    @DisplayName("no package cycles: the packages under org.studiokit.testkit depend on each other one way only")
    void noPackageCycles() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.studiokit.testkit");
        assertThat(main.stream().map(c -> c.getPackageName()).distinct().filter(p -> p.startsWith("org.studiokit.testkit.")))
                .as("sub-packages imported").isNotEmpty();
        slices().matching("org.studiokit.testkit.(*)..").should().beFreeOfCycles().check(main);
    }
}
