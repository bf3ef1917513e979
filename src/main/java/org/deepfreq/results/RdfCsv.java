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
            // Locale.US, not ROOT: the same digits and '.', but the JDK's formatter then skips loading locale data,
            // tens of milliseconds of a fresh process's rdf command (docs/performance.md)
            sb.append(String.format(Locale.US, "%.10g,%.10g,%.10g,%.10g%n",
                    r.invDelta()[k], r.lfr()[k], r.rdf()[k], r.rdfNormalized()[k]));
        }
        return sb.toString();
    }
}
