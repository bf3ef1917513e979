package org.deepfreq.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.MatrixFiles;
import org.deepfreq.data.OneHot;
import org.deepfreq.data.StratifiedSubset;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.numeric.Blas;
import org.deepfreq.results.RdfCsv;
import org.deepfreq.spectrum.Distance;
import org.deepfreq.spectrum.EngineWarmUp;
import org.deepfreq.spectrum.InverseDeltaGrid;
import org.deepfreq.spectrum.RdfEngine;
import org.deepfreq.spectrum.RdfRequest;
import org.deepfreq.spectrum.RdfResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code deepfreq rdf}: LFR and RDF of a target Y over points X, from CSV or .npy files. */
@Command(name = "rdf", mixinStandardHelpOptions = true,
        description = {"Compute the low frequency ratio (LFR) and ratio density function (RDF) of targets Y over points X.",
            "Writes CSV with header inv_delta,lfr,rdf,rdf_normalized, one row per 1/δ grid point."})
final class RdfCommand implements Callable<Integer> {

    @Option(names = "--x", required = true, paramLabel = "FILE", description = "points X, N×d (CSV or .npy)")
    Path xFile;

    @Option(names = "--y", required = true, paramLabel = "FILE", description = "targets Y, N×c or N class labels (CSV or .npy)")
    Path yFile;

    @Option(names = "--one-hot", description = "Y is one column of integer class labels: one-hot encode it")
    boolean oneHot;

    @Mixin
    KernelOptions kernel;

    @Mixin
    GridOptions grid;

    @Mixin
    ThreadOptions threadOptions;

    @Spec
    CommandSpec spec;

    @Option(names = "--samples", paramLabel = "N", description = "use a seeded, stratified subset of N points")
    Integer samples;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the subset (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "output CSV file (default: stdout)")
    Path out;

    /** Input files from this size on make the warm-up prime the engine's loops (about a million float32 values). */
    static final long BIG_INPUT_BYTES = 4L << 20;

    /**
     * Whether the arguments name an X file of at least {@value #BIG_INPUT_BYTES} bytes, looked up before picocli parses
     * them (the warm-up starts first); false where none is found. Only chooses how much to warm up.
     */
    static boolean bigInput(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--x") && i + 1 < args.length) {
                return bigInput(Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--x=")) {
                return bigInput(Path.of(args[i].substring(4)));
            }
        }
        return false;
    }

    private static boolean bigInput(Path file) {
        try {
            return Files.size(file) >= BIG_INPUT_BYTES;
        } catch (IOException | RuntimeException e) {
            return false; // the command reports a missing file itself
        }
    }

    @Override
    public Integer call() {
        EngineWarmUp.start(bigInput(xFile)); // loads BLAS and compiles the engine's loops while the input is read
        Distance d = kernel.distance();
        if (out != null) {
            AtomicFiles.checkTarget(out); // before the work: a device, a link or a path through a file is refused
        }
        int workers = threadOptions.workers();
        FloatMatrix x = MatrixFiles.read(xFile);
        FloatMatrix y = MatrixFiles.read(yFile);
        if (oneHot) {
            y = OneHot.encode(y);
        }
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException(xFile + " has " + x.rows() + " rows but " + yFile + " has " + y.rows()
                    + ": X and Y must have one row per point");
        }
        if (samples != null) {
            if (samples > x.rows()) {
                throw new IllegalArgumentException("--samples " + samples + " exceeds the " + x.rows()
                        + " points in " + xFile + ": choose at most " + x.rows());
            }
            int[] idx = StratifiedSubset.indices(y, samples, seed);
            x = x.selectRows(idx);
            y = y.selectRows(idx);
        }
        InverseDeltaGrid g = grid.toGrid(x, kernel.normalize, d);
        RdfRequest request = new RdfRequest(x, y, g, kernel.normalize, d);
        EngineWarmUp.finish();
        // the warm-up left BLAS at one thread
        Blas.setThreadsUnlessTheEnvironmentDoes(workers > 1 ? 1 : Runtime.getRuntime().availableProcessors());
        // created only now: its off-heap buffers wait for JavaCPP, which the warm-up thread is busy loading
        RdfEngine engine = new RdfEngine(workers, RdfEngine.DEFAULT_MEMORY_BUDGET, 0);
        RdfResult result;
        try (TerminalProgress progress = TerminalProgress.create("RDF blocks")) {
            result = engine.compute(request, progress, () -> false);
        }
        if (result.peakAtEdge()) {
            spec.commandLine().getErr().println(EdgeWarnings.line("Y over X", result));
        }
        KernelOptions.writeCsv(out, RdfCsv.format(result));
        return 0;
    }
}
