package org.deepfreq.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.deepfreq.io.AtomicFiles;
import org.deepfreq.spectrum.Distance;

import picocli.CommandLine.Option;

/** How the kernel sees the points, shared by {@code rdf} and {@code filter}: normalisation and distance. */
final class KernelOptions {

    @Option(names = "--normalize", description = "divide each dimension of X by its maximum absolute value first")
    boolean normalize;

    @Option(names = "--distance", defaultValue = "sum", paramLabel = "sum|mean",
            description = "squared distance of the kernel: summed over the d dimensions (the paper's), or divided by d "
                    + "(default: ${DEFAULT-VALUE})")
    String distance;

    Distance distance() {
        return Distance.parse(distance);
    }

    /** Writes a command's CSV to the file (atomically) or, without one, to stdout. */
    static void writeCsv(Path out, String csv) {
        if (out == null) {
            PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            stdout.print(csv);
            stdout.flush();
        } else {
            AtomicFiles.writeString(out, csv);
        }
    }
}
