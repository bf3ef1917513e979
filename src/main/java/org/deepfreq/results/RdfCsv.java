package org.deepfreq.results;

import java.util.Locale;

import org.deepfreq.spectrum.RdfResult;

/** The CSV form of one RDF result: header {@code inv_delta,lfr,rdf,rdf_normalized}, one row per grid point. */
public final class RdfCsv {

    public static final String HEADER = "inv_delta,lfr,rdf,rdf_normalized";

    private RdfCsv() {
    }

    public static String format(RdfResult r) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (int k = 0; k < r.size(); k++) {
            sb.append(String.format(Locale.ROOT, "%.10g,%.10g,%.10g,%.10g%n",
                    r.invDelta()[k], r.lfr()[k], r.rdf()[k], r.rdfNormalized()[k]));
        }
        return sb.toString();
    }
}
