package org.deepfreq.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BenchTrainCommandTest {

    private static final String[] SMALL = {"bench", "train", "--n", "300", "--depth", "2", "--width", "16", "--batch",
        "64", "--epochs", "3"};

    @Test
    void reportsSecondsPerEpochAndAFlopRateConsistentWithTheParameterCount() {
        CliRunner r = CliRunner.run(SMALL);
        assertThat(r.exitCode()).as(r.err()).isZero();
        // 784·16 + 16 weights and biases, 16·16 + 16, 16·10 + 10
        long params = 784 * 16 + 16 + 16 * 16 + 16 + 16 * 10 + 10;
        assertThat(r.out()).contains("params=" + params);
        double seconds = number(r.out(), "seconds_per_epoch");
        double gflops = number(r.out(), "train");
        assertThat(gflops).isCloseTo(6.0 * params * 300 / seconds / 1e9, within(0.01 * gflops + 0.05));
        double sgemm = number(r.out(), "sgemm\\(2048\\)");
        assertThat(number(r.out(), "flop_limit_seconds")).isCloseTo(6.0 * params * 300 / (sgemm * 1e9), within(1e-3));
        List<Double> losses = losses(r.out());
        assertThat(losses).hasSize(3);
        assertThat(losses.get(2)).isLessThan(losses.get(0)); // it trains
    }

    @Test
    void dl4jTrainerFollowsTheSameLossesAsTheLeanOne() {
        List<Double> lean = losses(CliRunner.run(SMALL).out());
        String[] dl4j = java.util.Arrays.copyOf(SMALL, SMALL.length + 2);
        dl4j[SMALL.length] = "--trainer";
        dl4j[SMALL.length + 1] = "dl4j";
        CliRunner r = CliRunner.run(dl4j);
        assertThat(r.out()).contains("trainer=dl4j");
        List<Double> reference = losses(r.out());
        assertThat(reference).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(lean.get(i)).isCloseTo(reference.get(i), within(1e-4 * reference.get(i) + 1e-5));
        }
    }

    @Test
    void unknownTrainerIsOneClearLine() {
        CliRunner r = CliRunner.run("bench", "train", "--n", "10", "--trainer", "fast");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("train: error: --trainer must be lean or dl4j, got 'fast'");
    }

    private static double number(String out, String key) {
        Matcher m = Pattern.compile(key + "=([0-9.eE+-]+)").matcher(out);
        assertThat(m.find()).as(key + " in " + out).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static List<Double> losses(String out) {
        List<Double> l = new ArrayList<>();
        Matcher m = Pattern.compile("epoch \\d+: [0-9.]+ s, loss ([0-9.]+)").matcher(out);
        while (m.find()) {
            l.add(Double.parseDouble(m.group(1)));
        }
        return l;
    }
}
