package org.deepfreq.results;

import java.util.LinkedHashMap;
import java.util.Map;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.OneDimensionalFit;
import org.deepfreq.experiment.PeakErrors;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.RdfResult;

/**
 * The CSV rows one epoch adds to each table of a run folder, keyed by file name: metrics.csv, rdf.csv, peaks.csv and
 * (1-D runs) spectrum.csv and fprinciple.csv get rows appended; fit.csv is replaced whole. Numbers are written with
 * {@link Double#toString}, which reads back to the same double; NaN is an empty cell.
 */
final class EpochRows {

    /** Table file name → header, for the tables that grow by one block of rows per epoch. */
    static final Map<String, String> APPENDED = new LinkedHashMap<>();
    static final String FIT = "fit.csv";
    static final String FIT_HEADER = "epoch,x,target,output";
    static final String SPECTRUM = "spectrum.csv";
    static final String FPRINCIPLE = "fprinciple.csv";

    static {
        APPENDED.put("rdf.csv", "epoch,split,inv_delta,lfr,rdf,rdf_normalized");
        APPENDED.put("peaks.csv", "epoch,split_index,split,peak_inv_delta,at_edge");
        APPENDED.put(SPECTRUM, "epoch,k,target,output");
        APPENDED.put(FPRINCIPLE, "epoch,k,target_re,target_im,output_re,output_im,relative_error");
        APPENDED.put("metrics.csv", "epoch,lr,train_loss,val_loss,val_accuracy,seconds,samples_per_s");
    }

    private EpochRows() {
    }

    /**
     * The rows of {@code result} (and of the 1-D {@code fit} with its {@code spectrum}, both null for other runs) for
     * every table.
     */
    static Map<String, String> of(EpochResult result, OneDimensionalFit fit, FourierSpectrum spectrum) {
        int e = result.epoch();
        Map<String, String> rows = new LinkedHashMap<>();
        StringBuilder rdf = new StringBuilder();
        StringBuilder peaks = new StringBuilder();
        for (SplitRdf s : result.splits()) {
            RdfResult r = s.rdf();
            for (int k = 0; k < r.size(); k++) {
                rdf.append(e).append(',').append(s.name());
                cells(rdf, r.invDelta()[k], r.lfr()[k], r.rdf()[k], r.rdfNormalized()[k]);
            }
            peaks.append(e).append(',').append(s.index()).append(',').append(s.name()).append(',')
                    .append(s.peakInvDelta()).append(',').append(r.peakAtEdge()).append('\n');
        }
        rows.put("rdf.csv", rdf.toString());
        rows.put("peaks.csv", peaks.toString());
        StringBuilder spectrumRows = new StringBuilder();
        StringBuilder fitRows = new StringBuilder();
        StringBuilder fprinciple = new StringBuilder();
        if (fit != null) {
            for (int k = 0; k < spectrum.target().length; k++) {
                spectrumRows.append(e).append(',').append(k);
                cells(spectrumRows, spectrum.target()[k], spectrum.output()[k]);
            }
            PeakErrors p = spectrum.peaks();
            for (int i = 0; i < p.size(); i++) {
                fprinciple.append(e).append(',').append(p.frequencies()[i]);
                cells(fprinciple, p.targetRe()[i], p.targetIm()[i], p.outputRe()[i], p.outputIm()[i],
                        p.relativeError(i));
            }
            fitRows.append(FIT_HEADER).append('\n');
            for (int i = 0; i < fit.x().length; i++) {
                fitRows.append(fit.epoch());
                cells(fitRows, fit.x()[i], fit.target()[i], fit.output()[i]);
            }
        }
        rows.put(SPECTRUM, spectrumRows.toString());
        rows.put(FPRINCIPLE, fprinciple.toString());
        StringBuilder metrics = new StringBuilder().append(e);
        cells(metrics, result.learningRate(), result.trainLoss(), result.valLoss(), result.valAccuracy(),
                result.seconds(), result.samplesPerSecond());
        rows.put("metrics.csv", metrics.toString());
        if (fit != null) {
            rows.put(FIT, fitRows.toString());
        }
        return rows;
    }

    private static void cells(StringBuilder sb, double... values) {
        for (double v : values) {
            sb.append(',');
            if (!Double.isNaN(v)) {
                sb.append(v);
            }
        }
        sb.append('\n');
    }
}
