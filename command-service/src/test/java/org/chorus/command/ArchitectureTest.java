package org.chorus.command;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape the house style asks for, checked on every build. */
@AnalyzeClasses(packages = "org.chorus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.chorus.command.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webNeverTouchesAggregateInternals = noClasses()
            .that().resideInAnyPackage("..web..", "..page..")
            .should().dependOnClassesThat().haveSimpleName("Story")
            .orShould().dependOnClassesThat().haveSimpleName("Redactions")
            .orShould().dependOnClassesThat().haveSimpleName("SealedOriginal");

    @ArchTest
    static final ArchRule kernelNeverImportsSpringOrTheServices = noClasses()
            .that().resideInAPackage("org.chorus.kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.chorus.command..",
                    "org.chorus.query..");

    @ArchTest
    static final ArchRule storyDomainDoesNotDependOnTheWeb = noClasses()
            .that().resideInAPackage("org.chorus.command.story")
            .should().dependOnClassesThat().resideInAnyPackage("org.chorus.command.story.web..",
                    "org.chorus.command.story.page..", "org.springframework.web..");
}
