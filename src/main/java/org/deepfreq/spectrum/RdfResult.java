package org.deepfreq.spectrum;

/**
 * Low frequency ratio and ratio density function on a 1/δ grid.
 *
 * @param invDelta      grid values s = 1/δ
 * @param lfr           LFR(s) = Σ‖y_low(s)‖² / Σ‖y‖²
 * @param rdf           RDF(s) = dLFR/ds (numpy.gradient semantics)
 * @param rdfNormalized RDF divided by its maximum (peak = 1)
 */
public record RdfResult(double[] invDelta, double[] lfr, double[] rdf, double[] rdfNormalized) {

    /** Builds the result from LFR values on a grid: derives RDF and its peak-normalised form. */
    public static RdfResult fromLfr(InverseDeltaGrid grid, double[] lfr) {
        double[] rdf = grid.uniform() ? UniformGradient.of(lfr, grid.spacing())
                : NonUniformGradient.of(lfr, grid.values());
        double peak = Double.NEGATIVE_INFINITY;
        for (double v : rdf) {
            peak = Math.max(peak, v);
        }
        double[] normalized = new double[rdf.length];
        for (int k = 0; k < rdf.length; k++) {
            normalized[k] = peak > 0 ? rdf[k] / peak : 0.0;
        }
        return new RdfResult(grid.values(), lfr, rdf, normalized);
    }

    public int size() {
        return invDelta.length;
    }

    /** Index of the RDF maximum (the first one on ties). */
    public int peakIndex() {
        int best = 0;
        for (int k = 1; k < rdf.length; k++) {
            if (rdf[k] > rdf[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * Whether the RDF maximum lies on the first or last grid point (docs/design.md section 1, item 9): then it is a peak of
     * the window, not of the function, and the range must be widened.
     */
    public boolean peakAtEdge() {
        int k = peakIndex();
        return k == 0 || k == size() - 1;
    }

    /** Which way to widen the range for an edge peak: "lower 1/δ min" or "raise 1/δ max" (empty when inside). */
    public String widenHint() {
        if (!peakAtEdge()) {
            return "";
        }
        return peakIndex() == 0 ? "lower 1/δ min below " + invDelta[0] : "raise 1/δ max above " + invDelta[size() - 1];
    }

    /** The grid's step ratio at the peak, s_{k+1}/s_k (s_k/s_{k−1} at the last point): how finely it is resolved. */
    public double stepAtPeak() {
        int k = peakIndex();
        return k < size() - 1 ? invDelta[k + 1] / invDelta[k] : invDelta[k] / invDelta[k - 1];
    }

    /** 1/δ at the RDF maximum: larger means the target is higher-frequency. */
    public double peakInvDelta() {
        return invDelta[peakIndex()];
    }
}
