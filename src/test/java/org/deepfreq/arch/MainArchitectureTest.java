package org.deepfreq.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import org.deepfreq.architecture.AllowedToUseHigherLayer;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md, enforced over the whole code base:
 * launcher → cli → ui → reproduce → sweep → app → results → experiment → model → data / spectrum, with the base packages
 * ({@code io}, {@code architecture}, {@code numeric}) usable from everywhere. A layer may use every layer below it,
 * never one above.
 * The only way around the rule is {@link AllowedToUseHigherLayer} on the class, with its reason.
 */
@AnalyzeClasses(packages = "org.deepfreq", importOptions = ImportOption.DoNotIncludeTests.class)
@SuppressWarnings("checkstyle:ConstantName") // ArchUnit rules are fields named like the tests they are
class MainArchitectureTest {

    private static final String LAUNCHER = "Launcher";
    private static final String CLI = "Cli";
    private static final String UI = "Ui";
    private static final String REPRODUCE = "Reproduce";
    private static final String SWEEP = "Sweep";
    private static final String APP = "App";
    private static final String RESULTS = "Results";
    private static final String EXPERIMENT = "Experiment";
    private static final String MODEL = "Model";
    private static final String SPECTRUM = "Spectrum";
    private static final String DATA = "Data";
    private static final String BASE = "Base";

    private static final DescribedPredicate<JavaClass> NAMED_EXCEPTION =
            are(DescribedPredicate.describe("annotated with @AllowedToUseHigherLayer",
                    c -> c.isAnnotatedWith(AllowedToUseHigherLayer.class)
                            || c.getEnclosingClass().map(e -> e.isAnnotatedWith(AllowedToUseHigherLayer.class))
                                    .orElse(false)));

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer(LAUNCHER).definedBy(resideInAPackage("org.deepfreq").as("org.deepfreq"))
            .layer(CLI).definedBy("org.deepfreq.cli..")
            .layer(UI).definedBy("org.deepfreq.ui..")
            .layer(REPRODUCE).definedBy("org.deepfreq.reproduce..")
            .layer(SWEEP).definedBy("org.deepfreq.sweep..")
            .layer(APP).definedBy("org.deepfreq.app..")
            .layer(RESULTS).definedBy("org.deepfreq.results..")
            .layer(EXPERIMENT).definedBy("org.deepfreq.experiment..")
            .layer(MODEL).definedBy("org.deepfreq.model..")
            .layer(SPECTRUM).definedBy("org.deepfreq.spectrum..")
            .layer(DATA).definedBy("org.deepfreq.data..")
            .layer(BASE).definedBy("org.deepfreq.io..", "org.deepfreq.architecture..", "org.deepfreq.numeric..")
            .whereLayer(LAUNCHER).mayNotBeAccessedByAnyLayer()
            .whereLayer(CLI).mayOnlyBeAccessedByLayers(LAUNCHER)
            .whereLayer(UI).mayOnlyBeAccessedByLayers(LAUNCHER, CLI)
            .whereLayer(REPRODUCE).mayOnlyBeAccessedByLayers(LAUNCHER, CLI, UI)
            .whereLayer(SWEEP).mayOnlyBeAccessedByLayers(LAUNCHER, CLI, UI)
            .whereLayer(APP).mayOnlyBeAccessedByLayers(LAUNCHER, CLI, UI, REPRODUCE, SWEEP)
            .whereLayer(RESULTS).mayOnlyBeAccessedByLayers(LAUNCHER, CLI, UI, REPRODUCE, SWEEP, APP)
            .whereLayer(EXPERIMENT).mayOnlyBeAccessedByLayers(LAUNCHER, CLI, UI, REPRODUCE, SWEEP, APP, RESULTS)
            .whereLayer(MODEL).mayOnlyBeAccessedByLayers(LAUNCHER, CLI, UI, REPRODUCE, SWEEP, APP, RESULTS, EXPERIMENT)
            .whereLayer(SPECTRUM).mayOnlyBeAccessedByLayers(LAUNCHER, CLI, UI, REPRODUCE, SWEEP, APP, RESULTS, EXPERIMENT)
            .whereLayer(DATA).mayOnlyBeAccessedByLayers(LAUNCHER, CLI, UI, REPRODUCE, SWEEP, APP, RESULTS, EXPERIMENT,
                    MODEL, SPECTRUM)
            .whereLayer(BASE).mayOnlyBeAccessedByLayers(LAUNCHER, CLI, UI, REPRODUCE, SWEEP, APP, RESULTS, EXPERIMENT,
                    MODEL, SPECTRUM, DATA)
            .ignoreDependency(NAMED_EXCEPTION, DescribedPredicate.alwaysTrue())
            .because("a layer builds on the layers below it; a dependency upwards makes a cycle (docs/architecture.md)");

    @ArchTest
    static final ArchRule onlySweepsTouchHazelcast = noClasses().that().resideOutsideOfPackage("org.deepfreq.sweep..")
            .should().dependOnClassesThat().resideInAPackage("com.hazelcast..")
            .because("the cluster engine stays behind the sweep package (docs/architecture.md, Scaling out)");

    @ArchTest
    static final ArchRule coreIsFreeOfJavaFx = noClasses().that().resideOutsideOfPackage("org.deepfreq.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..")
            .because("core, CLI and services must run headless and be testable without a display");
}
