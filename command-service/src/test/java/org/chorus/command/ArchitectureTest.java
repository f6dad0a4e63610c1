package org.chorus.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shape the house style asks for, checked on every build. */
class ArchitectureTest {
    private static final JavaClasses COMMAND = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.chorus.command");
    private static final JavaClasses KERNEL = new ClassFileImporter().importPackages("org.chorus.kernel");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.chorus.command.(**)").should().beFreeOfCycles().check(COMMAND);
    }

    @Test
    void webAndPagesNeverTouchAggregateInternals() {
        noClasses().that().resideInAnyPackage("..web..", "..page..")
                .should().dependOnClassesThat().haveSimpleName("Story")
                .orShould().dependOnClassesThat().haveSimpleName("Redactions")
                .orShould().dependOnClassesThat().haveSimpleName("SealedOriginal")
                .check(COMMAND);
    }

    @Test
    void theStoryDomainDoesNotDependOnTheWeb() {
        noClasses().that().resideInAPackage("org.chorus.command.story")
                .should().dependOnClassesThat().resideInAnyPackage("org.chorus.command.story.web..",
                        "org.chorus.command.story.page..", "org.springframework.web..", "jakarta.servlet..")
                .check(COMMAND);
    }

    @Test
    void theKernelImportsNeitherSpringNorTheServices() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.chorus.command..",
                "org.chorus.query..").check(KERNEL);
    }
}
