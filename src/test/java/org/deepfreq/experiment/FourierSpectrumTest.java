package org.deepfreq.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.deepfreq.app.RunFactory;
import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.spectrum.RdfEngine;
import org.deepfreq.results.RunFolder;
import org.deepfreq.results.RunFolderReader;
import org.deepfreq.results.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FourierSpectrumTest {

    @TempDir
    Path dir;

    @Test
    void magnitudesOfAPureCosineSitAtItsFrequency() {
        int n = 64;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * Math.cos(2 * Math.PI * 5 * i / n) + 1;
        }
        double[] m = FourierSpectrum.magnitudes(x);
        assertThat(m).hasSize(33);
        assertThat(m[0]).isCloseTo(1.0, within(1e-12));
        assertThat(m[5]).isCloseTo(1.0, within(1e-12));
        assertThat(m[4]).isCloseTo(0.0, within(1e-12));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "n = {0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1001, 1000, 201, 7, 3})
    void magnitudesEqualTheNaiveDftForOddAndEvenLengths(int n) {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(n);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextGaussian();
        }
        double[] m = FourierSpectrum.magnitudes(x);
        assertThat(m).hasSize(n / 2 + 1);
        for (int k = 0; k <= n / 2; k++) {
            double re = 0;
            double im = 0;
            for (int j = 0; j < n; j++) {
                re += x[j] * Math.cos(2 * Math.PI * k * j / n);
                im -= x[j] * Math.sin(2 * Math.PI * k * j / n);
            }
            assertThat(m[k]).as("k=%d", k).isCloseTo(Math.hypot(re, im) / n, within(1e-12 * n));
        }
    }

    @Test
    void oneDimensionalRunsRecordTargetAndOutputSpectraEveryEpoch() throws InterruptedException {
        RunFactory factory = new RunFactory(new DatasetDirectory(dir), dir, new RdfEngine(2, RdfEngine.DEFAULT_MEMORY_BUDGET, 0));
        ExperimentConfig c = Presets.named("depth-1d-demo").config().with("epochs", "3").with("samples", "100");
        TrainingRun run = factory.create(c, dir.resolve("run")).run();
        List<FourierSpectrum> spectra = new CopyOnWriteArrayList<>();
        run.addListener(e -> {
            if (e instanceof RunEvent.SpectrumMeasured s) {
                spectra.add(s.spectrum());
            }
        });
        run.start();
        assertThat(run.awaitTermination(Duration.ofMinutes(2))).isTrue();

        assertThat(spectra).extracting(FourierSpectrum::epoch).containsExactly(0, 1, 2, 3);
        double[] target = spectra.get(0).target();
        assertThat(target).hasSize(201);
        Integer[] byMagnitude = java.util.stream.IntStream.range(1, target.length).boxed()
                .sorted((a, b) -> Double.compare(target[b], target[a])).toArray(Integer[]::new);
        assertThat(List.of(byMagnitude[0], byMagnitude[1])).containsExactlyInAnyOrder(3, 5);
        assertThat(dir.resolve("run/spectrum.csv")).exists();
        assertThat(lines(dir.resolve("run/spectrum.csv"))).isEqualTo(1 + 4 * 201);

        RunRecord record = RunFolderReader.read(new RunFolder(dir.resolve("run")));
        assertThat(record.spectra()).extracting(FourierSpectrum::epoch).containsExactly(0, 1, 2, 3);
        assertThat(record.spectra().get(3).output()).containsExactly(spectra.get(3).output(), within(1e-9));
        // the peak errors at cos(3x)+cos(5x)'s two peaks, every epoch, read back as written
        assertThat(lines(dir.resolve("run/fprinciple.csv"))).isEqualTo(1 + 4 * 2);
        for (int e = 0; e <= 3; e++) {
            PeakErrors live = spectra.get(e).peaks();
            PeakErrors read = record.spectra().get(e).peaks();
            assertThat(live.frequencies()).containsExactly(3, 5);
            assertThat(read.frequencies()).containsExactly(3, 5);
            for (int i = 0; i < 2; i++) {
                assertThat(read.relativeError(i)).isEqualTo(live.relativeError(i));
            }
        }
        OneDimensionalFit fit = record.fit();
        assertThat(fit.epoch()).isEqualTo(3);
        assertThat(fit.x()).hasSize(400).isSorted();
        assertThat(fit.spectrum().target()).containsExactly(target, within(1e-9));
        assertThat(fit.spectrum().output()).containsExactly(spectra.get(3).output(), within(1e-6));
    }

    private static long lines(Path p) {
        try (var s = Files.lines(p)) {
            return s.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
