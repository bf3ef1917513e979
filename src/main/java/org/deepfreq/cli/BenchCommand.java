package org.deepfreq.cli;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.OneHot;
import org.deepfreq.data.Shuffle;
import org.deepfreq.model.FullyConnectedNetwork;
import org.deepfreq.model.LossKind;
import org.deepfreq.model.NetworkSpec;
import org.deepfreq.numeric.Blas;
import org.deepfreq.spectrum.GemmProbe;
import org.deepfreq.spectrum.GridKind;
import org.deepfreq.spectrum.InverseDeltaGrid;
import org.deepfreq.spectrum.RdfEngine;
import org.deepfreq.spectrum.RdfRequest;

import org.nd4j.linalg.factory.Nd4j;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deepfreq bench}: benchmarks that can be rerun on any machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (see docs/performance.md).",
        subcommands = {BenchCommand.Rdf.class, BenchCommand.Train.class})
final class BenchCommand extends CommandGroup {

    /** Times the RDF engine on seeded random data against the measured SGEMM rate. */
    @Command(name = "rdf", mixinStandardHelpOptions = true,
            description = "Time the RDF engine on seeded random data; report GFLOP/s and the fraction of measured SGEMM GFLOP/s.")
    static final class Rdf implements Callable<Integer> {

        @Mixin
        ThreadOptions threadOptions;

        @Option(names = "--n", defaultValue = "4000", description = "points (default: ${DEFAULT-VALUE})")
        int n;

        @Option(names = "--d", defaultValue = "784", description = "input dimension (default: ${DEFAULT-VALUE})")
        int d;

        @Option(names = "--c", defaultValue = "10", description = "target columns (default: ${DEFAULT-VALUE})")
        int c;

        @Option(names = "--steps", defaultValue = "40", description = "1/δ grid points (default: ${DEFAULT-VALUE})")
        int steps;

        @Option(names = "--grid", defaultValue = "uniform", paramLabel = "uniform|log",
                description = "spacing of the 1/δ grid; the flop count is the uniform grid's either way, so a log grid's "
                        + "extra exponentials show as a lower rate (default: ${DEFAULT-VALUE})")
        String grid;

        @Option(names = "--targets", defaultValue = "random", paramLabel = "random|one-hot",
                description = "random targets, or one-hot labels of c classes, which the engine walks by class (fewer "
                        + "operations; the flop count stays that of c target columns, so the saving shows as a higher "
                        + "rate) (default: ${DEFAULT-VALUE})")
        String targets;

        @Option(names = "--repeats", defaultValue = "5",
                description = "timed runs after one warm-up, each followed by one SGEMM; the best of each is reported"
                        + " (default: ${DEFAULT-VALUE})")
        int repeats;

        @Option(names = "--block", defaultValue = "0", description = "rows per block, 0 = from the memory budget")
        int block;

        @Option(names = "--seed", defaultValue = "1", description = "seed of the random data")
        long seed;

        @Override
        public Integer call() {
            if (n < 2 || d < 1 || c < 1 || repeats < 1) {
                throw new IllegalArgumentException("need --n ≥ 2, --d ≥ 1, --c ≥ 1 and --repeats ≥ 1");
            }
            if (!targets.equals("random") && !targets.equals("one-hot")) {
                throw new IllegalArgumentException("--targets must be random or one-hot, got " + targets);
            }
            int workers = threadOptions.workers();
            RdfEngine engine = new RdfEngine(workers, RdfEngine.DEFAULT_MEMORY_BUDGET, block);
            FloatMatrix y = targets.equals("one-hot") ? OneHot.random(n, c, seed + 1) : random(n, c, seed + 1);
            RdfRequest request = new RdfRequest(random(n, d, seed), y,
                    new InverseDeltaGrid(1, 100, steps, GridKind.parse(grid)), true);
            engine.compute(request);
            GemmProbe probe = new GemmProbe(2048);
            double best = Double.MAX_VALUE;
            double sgemm = 0;
            for (int i = 0; i < repeats; i++) { // interleaved: a shared machine's speed drifts by ±15 % over minutes
                long t0 = System.nanoTime();
                engine.compute(request);
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                sgemm = Math.max(sgemm, probe.gflops());
            }
            double gflops = request.flops() / best / 1e9;
            System.out.printf(Locale.ROOT, "N=%d d=%d c=%d K=%d grid=%s targets=%s threads=%d block=%d%n", n, d, c,
                    steps, GridKind.parse(grid).label(), targets, workers, engine.blockRows(n));
            System.out.printf(Locale.ROOT, "seconds=%.3f  flops=%.3g  engine=%.1f GFLOP/s  sgemm(2048)=%.1f GFLOP/s"
                    + "  fraction=%.2f%n", best, request.flops(), gflops, sgemm, gflops / sgemm);
            return 0;
        }

        private static FloatMatrix random(int rows, int cols, long seed) {
            SplittableRandom rnd = new SplittableRandom(seed);
            float[] v = new float[Math.multiplyExact(rows, cols)];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) rnd.nextDouble(-1, 1);
            }
            return new FloatMatrix(rows, cols, v);
        }
    }

    /** Times training of the fully connected tanh / MSE / Adam network on seeded random data against SGEMM. */
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Train the fully connected tanh/MSE/Adam network (784 inputs, 10 one-hot outputs) on seeded"
                    + " random data; report seconds per epoch, GFLOP/s (6 × parameters × samples) and the fraction of"
                    + " measured SGEMM GFLOP/s.")
    static final class Train implements Callable<Integer> {

        private static final int INPUTS = 784;
        private static final int OUTPUTS = 10;

        @Option(names = "--n", defaultValue = "10000", description = "training samples (default: ${DEFAULT-VALUE})")
        int n;

        @Option(names = "--depth", defaultValue = "5", description = "hidden layers (default: ${DEFAULT-VALUE})")
        int depth;

        @Option(names = "--width", defaultValue = "500", description = "units per hidden layer (default: ${DEFAULT-VALUE})")
        int width;

        @Option(names = "--batch", defaultValue = "256", description = "minibatch size (default: ${DEFAULT-VALUE})")
        int batch;

        @Option(names = "--epochs", defaultValue = "6",
                description = "epochs, each followed by one SGEMM; the best epoch after the first and the best SGEMM"
                        + " are reported (default: ${DEFAULT-VALUE})")
        int epochs;

        @Option(names = "--threads", paramLabel = "T", description = "ND4J / BLAS threads (default: all processors)")
        Integer threads;

        @Option(names = "--trainer", defaultValue = "lean",
                description = "lean (the training path of train and the app) or dl4j (DL4J's fit, for comparison)")
        String trainer;

        @Option(names = "--lr", defaultValue = "1e-3", description = "Adam learning rate (default: ${DEFAULT-VALUE})")
        double learningRate;

        @Option(names = "--seed", defaultValue = "1", description = "seed of the data and the initialisation")
        long seed;

        @Override
        public Integer call() {
            if (n < 1 || batch < 1 || epochs < 2) {
                throw new IllegalArgumentException("need --n ≥ 1, --batch ≥ 1 and --epochs ≥ 2 (the first epoch warms up)");
            }
            if (!trainer.equals("lean") && !trainer.equals("dl4j")) {
                throw new IllegalArgumentException("--trainer must be lean or dl4j, got '" + trainer + "'");
            }
            if (threads != null) {
                if (threads < 1) {
                    throw new IllegalArgumentException("--threads must be at least 1");
                }
                Nd4j.getEnvironment().setMaxMasterThreads(threads);
                Nd4j.getEnvironment().setMaxThreads(threads);
                Nd4j.factory().blas().setMaxThreads(threads);
                Blas.load(); // the direct calls' first use would set every processor again
                Blas.setThreads(threads);
            }
            FullyConnectedNetwork net = FullyConnectedNetwork.create(INPUTS, OUTPUTS,
                    new NetworkSpec(depth, width, "tanh", LossKind.MSE), learningRate, seed)
                    .useDl4jFit(trainer.equals("dl4j"));
            FloatMatrix x = Rdf.random(n, INPUTS, seed);
            FloatMatrix y = OneHot.random(n, OUTPUTS, seed + 1);
            GemmProbe probe = new GemmProbe(2048);
            double flops = 6.0 * net.parameterCount() * n;
            System.out.printf(Locale.ROOT, "N=%d depth=%d width=%d batch=%d params=%d trainer=%s threads=%s%n", n, depth,
                    width, batch, net.parameterCount(), trainer, threads == null ? "all" : threads);
            double best = Double.MAX_VALUE;
            double sgemm = 0;
            for (int epoch = 1; epoch <= epochs; epoch++) {
                int[] order = Shuffle.permutation(n, seed * 1_000_003L + epoch);
                double loss = 0;
                long t0 = System.nanoTime();
                for (int from = 0; from < n; from += batch) {
                    int[] rows = java.util.Arrays.copyOfRange(order, from, Math.min(n, from + batch));
                    loss += net.fitBatch(x.selectRows(rows), y.selectRows(rows)) * rows.length;
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (epoch > 1) {
                    best = Math.min(best, seconds);
                }
                sgemm = Math.max(sgemm, probe.gflops()); // interleaved: a shared machine's speed drifts over minutes
                System.out.printf(Locale.ROOT, "epoch %d: %.3f s, loss %.5f%n", epoch, seconds, loss / n);
            }
            double limit = flops / (sgemm * 1e9);
            System.out.printf(Locale.ROOT, "seconds_per_epoch=%.4g  flops=%.3g  train=%.1f GFLOP/s  sgemm(2048)=%.1f GFLOP/s"
                    + "  fraction=%.2f  flop_limit_seconds=%.4g  times_limit=%.2f%n", best, flops, flops / best / 1e9,
                    sgemm, limit / best, limit, best / limit);
            return 0;
        }
    }
}
