package org.studiokit.posting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.studiokit.posting.report.Reports;
import org.studiokit.posting.run.PostingPlanner;
import org.studiokit.posting.run.PostingRun;

/** The shape of studio-posting: one-way packages under the {@link Books} facade. */
@DisplayName("architecture rules of studio-posting")
class PostingArchitectureTest {
    private static JavaClasses posting;

    @BeforeAll
    static void importMainClasses() {
        posting = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.studiokit.posting");
        assertThat(posting.stream().map(c -> c.getName())).contains(Books.class.getName(), Reports.class.getName(),
                PostingRun.class.getName()).noneMatch(name -> name.endsWith("Test") || name.endsWith("Fixture"));
    }

    @Test
    @DisplayName("no package cycles: the packages under org.studiokit.posting depend on each other one way only")
    void noPackageCycles() {
        slices().matching("org.studiokit.posting.(*)..").should().beFreeOfCycles().check(posting);
    }

    @Test
    @DisplayName("the facade sits on top: no class below org.studiokit.posting depends on the root package")
    void facadeOnTop() {
        noClasses().that().resideInAPackage("org.studiokit.posting.*..").should().dependOnClassesThat()
                .resideInAPackage("org.studiokit.posting").check(posting);
    }

    @Test
    @DisplayName("reports, the planner and the run never call back into Books (no Books-Reports class cycle)")
    void nothingCallsBackIntoBooks() {
        noClasses().that().belongToAnyOf(Reports.class, PostingRun.class, PostingPlanner.class).should()
                .dependOnClassesThat().belongToAnyOf(Books.class).check(posting);
        noClasses().that().resideInAPackage("org.studiokit.posting.report..").should().dependOnClassesThat()
                .resideInAnyPackage("org.studiokit.posting", "org.studiokit.posting.run..", "org.studiokit.posting.store..")
                .check(posting);
    }

    @Test
    @DisplayName("reports read the studio through the record port, never the raw store")
    void reportsUseThePorts() {
        noClasses().that().resideInAPackage("org.studiokit.posting.report..").should().dependOnClassesThat()
                .resideInAnyPackage("org.studiokit.core.store..").check(posting);
        noClasses().that().resideInAPackage("org.studiokit.posting.report..").should().dependOnClassesThat()
                .haveFullyQualifiedName("org.studiokit.core.Studio").check(posting);
    }

    @Test
    @DisplayName("the journal types stand apart: posting.journal depends on no other posting package")
    void journalStandsApart() {
        noClasses().that().resideInAPackage("org.studiokit.posting.journal..").should().dependOnClassesThat()
                .resideInAnyPackage("org.studiokit.posting", "org.studiokit.posting.run..",
                        "org.studiokit.posting.report..", "org.studiokit.posting.records..",
                        "org.studiokit.posting.policy..", "org.studiokit.posting.store..")
                .check(posting);
    }
}
