package org.chorus.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses QUERY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.chorus.query");
    private static final JavaClasses KERNEL = new ClassFileImporter().importPackages("org.chorus.kernel");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.chorus.query.(**)").should().beFreeOfCycles().check(QUERY);
    }

    @Test
    void projectionsArePlainJavaWithoutSpringOrTheWeb() {
        noClasses().that().resideInAPackage("org.chorus.query.story")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "org.chorus.query.insight..", "org.chorus.query.web..", "org.chorus.query.consumer..")
                .check(QUERY);
    }

    @Test
    void sessionProjectionIsPlainJavaWithoutSpringTheWebOrItsReaders() {
        noClasses().that().resideInAPackage("org.chorus.query.session")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "org.chorus.query.session.replay..", "org.chorus.query.session.web..",
                        "org.chorus.query.insight..", "org.chorus.query.web..", "org.chorus.query.consumer..")
                .check(QUERY);
    }

    @Test
    void campaignProjectionsArePlainJavaWithoutSpringTheWebOrTheirReaders() {
        noClasses().that().resideInAPackage("org.chorus.query.campaign")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                        "org.chorus.query.campaign.progress..", "org.chorus.query.campaign.web..",
                        "org.chorus.query.web..", "org.chorus.query.consumer..")
                .check(QUERY);
    }

    @Test
    void readModelsAreReachedThroughTheirFeatureNotFromTheWebLayerDirectly() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mongodb..", "org.apache.kafka..",
                        "org.chorus.query.consumer..", "org.chorus.query.story..", "org.chorus.query.session",
                        "org.chorus.query.campaign", "org.chorus.query.keys..")
                .check(QUERY);
    }

    @Test
    void theKernelIsUsedNotExtendedAndStaysFreeOfSpring() {
        noClasses().should().resideInAPackage("org.chorus.kernel..").check(QUERY);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.chorus.query..")
                .check(KERNEL);
    }

    @Test
    void everyPackageIsNullMarked() {
        for (JavaPackage javaPackage : QUERY.getPackage("org.chorus.query").getSubpackagesInTree()) {
            assertThat(javaPackage.isAnnotatedWith(NullMarked.class)).as(javaPackage.getName()).isTrue();
        }
        assertThat(QUERY.getPackage("org.chorus.query").isAnnotatedWith(NullMarked.class)).isTrue();
    }
}
