package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.data.LabeledDataset;
import org.junit.jupiter.api.Test;

/** Every preset has its name once (its config carries the same), the kind it is documented with, and its parts. */
class PresetsTest {

    /** The presets as docs/cli.md lists them, with what running each does. */
    private static final Map<String, Preset.Kind> DOCUMENTED = new LinkedHashMap<>();

    static {
        DOCUMENTED.put("mnist-dnn", Preset.Kind.TRAIN);
        DOCUMENTED.put("mnist-dnn-demo", Preset.Kind.TRAIN);
        DOCUMENTED.put("resnet18-variants", Preset.Kind.SWEEP);
        DOCUMENTED.put("resnet18-variants-demo", Preset.Kind.SWEEP);
        DOCUMENTED.put("vanishing-gradient", Preset.Kind.SWEEP);
        DOCUMENTED.put("vanishing-gradient-demo", Preset.Kind.SWEEP);
        DOCUMENTED.put("depth-1d", Preset.Kind.SWEEP);
        DOCUMENTED.put("depth-1d-demo", Preset.Kind.SWEEP);
        DOCUMENTED.put("rdf-sin", Preset.Kind.RDF_ONLY);
    }

    @Test
    void everyPresetHasItsDocumentedNameAndKind() {
        assertThat(Presets.all()).extracting(Preset::name).containsExactlyElementsOf(DOCUMENTED.keySet());
        for (Preset p : Presets.all()) {
            assertThat(p.kind()).as(p.name()).isEqualTo(DOCUMENTED.get(p.name()));
            assertThat(p.config().preset()).as(p.name()).isEqualTo(p.name());
            assertThat(p.name()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(p.description()).as(p.name()).isNotBlank();
            assertThat(Presets.named(p.name())).isSameAs(p);
        }
    }

    @Test
    void sweepsHaveVariantsThatChangeTheirSettingAndTheOthersHaveNone() {
        for (Preset p : Presets.all()) {
            if (p.kind() == Preset.Kind.SWEEP) {
                List<ExperimentConfig> variants = p.sweep().configs(p.config());
                assertThat(variants).as(p.name()).hasSize(p.sweep().values().size()).doesNotHaveDuplicates();
            } else {
                assertThat(p.sweep()).as(p.name()).isNull();
            }
            assertThat(p.trains()).as(p.name()).isEqualTo(p.kind() != Preset.Kind.RDF_ONLY);
        }
        assertThat(Presets.named("resnet18-variants").sweep().values()).containsExactly("7", "6", "5", "4");
        assertThat(Presets.named("depth-1d").sweep().values()).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void rdfSinMeasuresFiveSinesOnItsConfiguredNumberOfPoints() {
        Preset p = Presets.named("rdf-sin");
        List<LabeledDataset> targets = p.rdfTargets().of(p.config());
        assertThat(targets).extracting(LabeledDataset::name)
                .containsExactly("sin1pix", "sin2pix", "sin3pix", "sin4pix", "sin5pix");
        assertThat(targets).allSatisfy(t -> assertThat(t.size()).isEqualTo(400));
        assertThat(p.rdfTargets().of(p.config().with("samples", "100").with("train", "100")).get(0).size()).isEqualTo(100);
    }

    @Test
    void setKeepsEveryRdfSettingItDoesNotName() {
        ExperimentConfig demo = Presets.named("depth-1d-demo").config();
        RdfSettings kept = demo.withSettings(List.of("epochs=30", "depth=2")).rdf();
        assertThat(kept).isEqualTo(demo.rdf());
        assertThat(kept.gridKind()).isEqualTo(org.deepfreq.spectrum.GridKind.LOG); // the preset's log grid ...
        assertThat(kept.autoMin() && kept.autoMax()).isTrue(); // ... and automatic range survive any --set
        RdfSettings mean = demo.withSettings(List.of("samples=100", "distance=mean", "train=300")).rdf();
        assertThat(mean.distance()).isEqualTo(org.deepfreq.spectrum.Distance.MEAN);
        assertThat(mean.samples()).isEqualTo(100);
        assertThat(mean.gridKind()).isEqualTo(org.deepfreq.spectrum.GridKind.LOG);
        assertThat(mean.autoMin() && mean.autoMax()).isTrue();
    }

    @Test
    void anUnknownPresetIsBadInputNamingTheChoices() {
        assertThatThrownBy(() -> Presets.named("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown preset 'nope'").hasMessageContaining("mnist-dnn-demo");
    }

    @Test
    void aPresetsConfigMustCarryItsName() {
        ExperimentConfig other = Presets.named("mnist-dnn").config();
        assertThatThrownBy(() -> new Preset("renamed", "d", Preset.Kind.TRAIN, other, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("renamed");
    }
}
