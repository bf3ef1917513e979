package org.deepfreq.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layering of DESIGN.md section 4: only the ui package may touch JavaFX or ChartFX. */
@AnalyzeClasses(packages = "org.deepfreq", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule coreIsFreeOfJavaFx = noClasses().that().resideOutsideOfPackage("org.deepfreq.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..")
            .because("core, CLI and services must run headless and be testable without a display");

    @ArchTest
    static final ArchRule coreDoesNotCallUpwards = noClasses()
            .that().resideInAnyPackage("org.deepfreq.spectrum..", "org.deepfreq.data..", "org.deepfreq.results..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deepfreq.cli..", "org.deepfreq.ui..",
                    "org.deepfreq.app..", "org.deepfreq.sweep..")
            .because("lower layers must not depend on the layers built on them");

    @ArchTest
    static final ArchRule sweepsSitAboveApp = noClasses().that().resideInAnyPackage("org.deepfreq.app..",
            "org.deepfreq.experiment..", "org.deepfreq.model..").should().dependOnClassesThat()
            .resideInAPackage("org.deepfreq.sweep..")
            .because("sweeps run the app's runs on a cluster; the layers below know nothing of clusters");

    @ArchTest
    static final ArchRule onlySweepsTouchHazelcast = noClasses().that().resideOutsideOfPackage("org.deepfreq.sweep..").should().dependOnClassesThat().resideInAPackage("com.hazelcast..")
            .because("the cluster engine stays behind the sweep package");

    @ArchTest
    static final ArchRule spectrumDoesNotDependOnResults = noClasses().that().resideInAPackage("org.deepfreq.spectrum..")
            .should().dependOnClassesThat().resideInAPackage("org.deepfreq.results..");
}
