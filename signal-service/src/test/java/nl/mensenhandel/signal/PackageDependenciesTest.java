package nl.mensenhandel.signal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Packages by domain concept depend one way: the stored {@code signal} at the bottom, the concepts that work on
 * it ({@code intake}, {@code anonymous}, {@code route}, {@code duplicates}, ...) above it, never back.
 */
@AnalyzeClasses(packages = "nl.mensenhandel.signal", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDependenciesTest {

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("nl.mensenhandel.signal.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule signalDependsOnNoConceptAboveIt = noClasses().that()
            .resideInAPackage("nl.mensenhandel.signal.signal..").should().dependOnClassesThat()
            .resideInAnyPackage("nl.mensenhandel.signal.intake..", "nl.mensenhandel.signal.anonymous..",
                    "nl.mensenhandel.signal.route..", "nl.mensenhandel.signal.duplicates..",
                    "nl.mensenhandel.signal.reporter..", "nl.mensenhandel.signal.regionalconfig..",
                    "nl.mensenhandel.signal.spoed..", "nl.mensenhandel.signal.inbox..");

    /** The inbox is the platform's, not the signals': it knows nothing of signals (others post to it too). */
    @ArchTest
    static final ArchRule inboxKnowsNoSignalConcept = noClasses().that()
            .resideInAPackage("nl.mensenhandel.signal.inbox..").should().dependOnClassesThat()
            .resideInAnyPackage("nl.mensenhandel.signal.signal..", "nl.mensenhandel.signal.intake..",
                    "nl.mensenhandel.signal.route..", "nl.mensenhandel.signal.spoed..");

    /** The generated contract package holds generated code only: hand-written mapping (which always uses
     *  platform-support, e.g. its problem types) lives in {@code contract}. The one platform-support package it
     *  may use is generated too: the shared statistics models of common.yaml, mapped in with schemaMappings. */
    @ArchTest
    static final ArchRule generatedPackageHoldsNoHandWrittenCode = noClasses().that()
            .resideInAPackage("nl.mensenhandel.signal.api..").should().dependOnClassesThat(
                    resideInAPackage("nl.mensenhandel.platform..")
                            .and(resideOutsideOfPackage("nl.mensenhandel.platform.statistics.api.model..")));
}
