package org.deepfreq.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.RdfResult;

/**
 * One warning line the first time a split's RDF peak lies on an edge of the 1/δ grid (then it is a peak of the
 * window, not of the function), saying which end to move.
 */
final class EdgeWarnings {

    private final PrintStream out;
    private final Set<String> warned = new HashSet<>();

    EdgeWarnings(PrintStream out) {
        this.out = out;
    }

    /** Warns about the edge peaks of an epoch that were not reported before (per split and edge). */
    void report(EpochResult epoch) {
        for (SplitRdf s : epoch.splits()) {
            if (s.rdf().peakAtEdge() && warned.add(s.name() + "/" + (s.rdf().peakIndex() == 0))) {
                out.println(line(s.name() + " in epoch " + epoch.epoch(), s.rdf()));
            }
        }
    }

    /** "warning: the RDF peak of WHAT lies on the lower edge of the grid (1/δ = A): lower 1/δ min ...". */
    static String line(String what, RdfResult r) {
        boolean lower = r.peakIndex() == 0;
        return String.format(Locale.ROOT, "warning: the RDF peak of %s lies on the %s edge of the 1/δ grid "
                + "(1/δ = %.4g), so it is a peak of the window, not of the function: %s (or use auto)", what,
                lower ? "lower" : "upper", r.peakInvDelta(), r.widenHint());
    }
}
