package dev.dynamobackup;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layers of DESIGN.md: dependencies point down only, and no JavaFX below the ui layer. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.dynamobackup");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("dev.dynamobackup.app..")
                .layer("Cli").definedBy("dev.dynamobackup.cli..")
                .layer("Ui").definedBy("dev.dynamobackup.ui..")
                .layer("Tasks").definedBy("dev.dynamobackup.tasks..")
                .layer("Service").definedBy("dev.dynamobackup.service..")
                .layer("Aws").definedBy("dev.dynamobackup.aws..")
                .layer("Settings").definedBy("dev.dynamobackup.settings..")
                .layer("Model").definedBy("dev.dynamobackup.model..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Tasks").mayOnlyBeAccessedByLayers("Ui", "App")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Tasks", "Ui", "App", "Cli")
                .whereLayer("Aws").mayOnlyBeAccessedByLayers("Service", "App", "Cli")
                .whereLayer("Settings").mayOnlyBeAccessedByLayers("Service", "Ui", "App", "Cli")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Aws", "Service", "Tasks", "Ui", "App", "Cli", "Settings")
                .check(classes);
    }

    @Test
    void noJavaFxBelowTheUi() {
        noClasses().that().resideInAnyPackage("dev.dynamobackup.service..", "dev.dynamobackup.aws..",
                        "dev.dynamobackup.model..", "dev.dynamobackup.settings..", "dev.dynamobackup.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..")
                .check(classes);
    }

    /** Screens meet in ui.session (state and events) or ui.common, never in each other's models both ways. */
    @Test
    void uiScreenPackagesAreFreeOfCycles() {
        slices().matching("dev.dynamobackup.ui.(*)..").should().beFreeOfCycles().check(classes);
    }
}
