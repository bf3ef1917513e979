package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.deepfreq.data.DatasetSpec;
import org.deepfreq.data.DatasetSpec.Kind;
import org.deepfreq.data.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every registered data set reaches the CLI's lists and help, and an unknown name is one line naming the choices. */
class DatasetRegistryTest {

    /** The data sets docs/cli.md and datasets/README.md describe, written out independently of the registry. */
    private static final Map<String, Kind> DOCUMENTED = new LinkedHashMap<>();

    static {
        DOCUMENTED.put("mnist", Kind.IDX_IMAGES);
        DOCUMENTED.put("fashion-mnist", Kind.IDX_IMAGES);
        DOCUMENTED.put("cifar10", Kind.CIFAR_BINARY);
        DOCUMENTED.put("cos3x+cos5x", Kind.SYNTHETIC);
        DOCUMENTED.put("sin1pix", Kind.SYNTHETIC);
        DOCUMENTED.put("sin3pix", Kind.SYNTHETIC);
        DOCUMENTED.put("sin5pix", Kind.SYNTHETIC);
    }

    @TempDir
    Path data;

    @Test
    void theRegistryHoldsEveryDocumentedDataSetWithItsKind() {
        Map<String, Kind> registered = new LinkedHashMap<>();
        Datasets.ALL.forEach(s -> registered.put(s.name(), s.kind()));
        assertThat(registered).containsExactlyEntriesOf(DOCUMENTED);
    }

    @Test
    void everyRegisteredDataSetIsListedAndEveryOneWithFilesIsInTheHelpOfPrepareAndVerify() {
        CliRunner list = CliRunner.run("datasets", "list", "--data-dir", data.toString());
        assertThat(list.exitCode()).isZero();
        for (DatasetSpec s : Datasets.ALL) {
            assertThat(list.out().lines()).as(s.name()).anySatisfy(l -> assertThat(l).startsWith(s.name() + " ")
                    .contains(s.hasFiles() ? "missing (deepfreq datasets prepare " + s.name() + ")"
                            : "synthetic, always available").endsWith(s.description()));
        }
        picocli.CommandLine datasets = DeepFreqCli.commandLine().getSubcommands().get("datasets");
        String prepare = datasets.getSubcommands().get("prepare").getUsageMessage();
        String verify = datasets.getSubcommands().get("verify").getUsageMessage();
        DOCUMENTED.forEach((name, kind) -> {
            boolean files = kind != Kind.SYNTHETIC;
            assertThat(prepare.contains(" " + name + ",") || prepare.contains(" " + name + "\n"))
                    .as("prepare --help names " + name).isEqualTo(files);
            assertThat(verify.contains(" " + name + ",") || verify.contains(" " + name + " "))
                    .as("verify --help names " + name).isEqualTo(files);
        });
    }

    @Test
    void anUnknownOrFilelessNameIsOneLineNamingTheChoices() {
        CliRunner prepare = CliRunner.run("datasets", "prepare", "imagenet", "--data-dir", data.toString());
        assertThat(prepare.exitCode()).isEqualTo(2);
        assertThat(prepare.err().strip().lines()).hasSize(1).first().asString()
                .contains("unknown data set 'imagenet': choose one of [mnist, fashion-mnist, cifar10]");
        CliRunner synthetic = CliRunner.run("datasets", "verify", "sin3pix", "--data-dir", data.toString());
        assertThat(synthetic.exitCode()).isEqualTo(2);
        assertThat(synthetic.err().strip().lines()).hasSize(1).first().asString()
                .contains("'sin3pix' is generated and has no files: choose one of [mnist, fashion-mnist, cifar10]");
        CliRunner train = CliRunner.run("train", "--preset", "depth-1d-demo", "--set", "dataset=imagenet", "--out",
                data.resolve("run").toString());
        assertThat(train.exitCode()).isEqualTo(2);
        assertThat(train.err().strip().lines()).hasSize(1).first().asString().contains("unknown data set 'imagenet': "
                + "choose one of [mnist, fashion-mnist, cifar10, cos3x+cos5x, sin1pix, sin3pix, sin5pix]");
    }
}
