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
        double[] rdf = UniformGradient.of(lfr, grid.spacing());
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

    /** 1/δ at the RDF maximum: larger means the target is higher-frequency. */
    public double peakInvDelta() {
        return invDelta[peakIndex()];
    }
}
