package org.deepfreq.cli;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.spectrum.GemmProbe;
import org.deepfreq.spectrum.GridKind;
import org.deepfreq.spectrum.InverseDeltaGrid;
import org.deepfreq.spectrum.RdfEngine;
import org.deepfreq.spectrum.RdfRequest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deepfreq bench}: benchmarks that can be rerun on any machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (see docs/performance.md).",
        subcommands = {BenchCommand.Rdf.class})
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

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
            int workers = threadOptions.workers();
            RdfEngine engine = new RdfEngine(workers, RdfEngine.DEFAULT_MEMORY_BUDGET, block);
            RdfRequest request = new RdfRequest(random(n, d, seed), random(n, c, seed + 1),
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
            System.out.printf(Locale.ROOT, "N=%d d=%d c=%d K=%d grid=%s threads=%d block=%d%n", n, d, c, steps,
                    GridKind.parse(grid).label(), workers, engine.blockRows(n));
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
}
