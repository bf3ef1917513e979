package org.deepfreq.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.deepfreq.data.FloatMatrix;
import org.deepfreq.data.MatrixFiles;
import org.deepfreq.spectrum.Distance;
import org.deepfreq.spectrum.LowPassFilter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deepfreq filter}: the low- and high-frequency parts of a target at one 1/δ, per point. */
@Command(name = "filter", mixinStandardHelpOptions = true,
        description = {"Split targets Y over points X into a low- and a high-frequency part with the Gaussian filter "
                + "LFR is built on: y_low = (K y) / (K 1), K = exp(-s·D/2) at s = 1/δ, and y_high = y - y_low.",
            "Writes CSV, one row per point: y, y_low, y_high (with a column index when Y has several columns). "
                    + "Computed in blocks like rdf: memory grows with N, not N²."})
final class FilterCommand implements Callable<Integer> {

    @Option(names = "--x", required = true, paramLabel = "FILE", description = "points X, N×d (CSV or .npy)")
    Path xFile;

    @Option(names = "--y", required = true, paramLabel = "FILE", description = "targets Y, N×c (CSV or .npy)")
    Path yFile;

    @Option(names = "--inv-delta", required = true, paramLabel = "S", description = "1/δ of the filter (> 0)")
    double invDelta;

    @Mixin
    KernelOptions kernel;

    @Option(names = "--out", paramLabel = "FILE", description = "output CSV file (default: stdout)")
    Path out;

    @Override
    public Integer call() {
        Distance d = kernel.distance();
        FloatMatrix x = MatrixFiles.read(xFile);
        FloatMatrix y = MatrixFiles.read(yFile);
        if (x.rows() != y.rows()) {
            throw new IllegalArgumentException(xFile + " has " + x.rows() + " rows but " + yFile + " has " + y.rows()
                    + ": X and Y must have one row per point");
        }
        LowPassFilter.Parts parts = LowPassFilter.apply(x, y, invDelta, kernel.normalize, d);
        KernelOptions.writeCsv(out, csv(y, parts));
        return 0;
    }

    /** Header {@code y,y_low,y_high} (or {@code y_1,..,y_low_1,..,y_high_1,..}), then one row per point. */
    static String csv(FloatMatrix y, LowPassFilter.Parts parts) {
        int c = y.cols();
        StringBuilder sb = new StringBuilder();
        String[] names = {"y", "y_low", "y_high"};
        for (int part = 0; part < 3; part++) {
            for (int m = 0; m < c; m++) {
                sb.append(part == 0 && m == 0 ? "" : ",").append(names[part]).append(c == 1 ? "" : "_" + (m + 1));
            }
        }
        sb.append('\n');
        FloatMatrix[] values = {y, parts.low(), parts.high()};
        for (int i = 0; i < y.rows(); i++) {
            for (int part = 0; part < 3; part++) {
                for (int m = 0; m < c; m++) {
                    if (part > 0 || m > 0) {
                        sb.append(',');
                    }
                    sb.append(String.format(Locale.ROOT, "%.9g", values[part].get(i, m)));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
