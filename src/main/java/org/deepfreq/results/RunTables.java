package org.deepfreq.results;

import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.OneDimensionalFit;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.RdfResult;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The Tablesaw tables of a run: metrics per epoch, RDF in long format, RDF peaks per epoch and split (with
 * {@code at_edge}: the maximum lies on the first or last grid point, so it is a peak of the window), and for 1-D
 * runs the DFT spectra and the latest fit.
 */
public final class RunTables {

    private RunTables() {
    }

    public static Table metrics(List<EpochResult> epochs) {
        Table t = Table.create("metrics", IntColumn.create("epoch"), DoubleColumn.create("lr"),
                DoubleColumn.create("train_loss"), DoubleColumn.create("val_loss"), DoubleColumn.create("val_accuracy"),
                DoubleColumn.create("seconds"), DoubleColumn.create("samples_per_s"));
        for (EpochResult e : epochs) {
            t.intColumn("epoch").append(e.epoch());
            t.doubleColumn("lr").append(e.learningRate());
            t.doubleColumn("train_loss").append(e.trainLoss());
            t.doubleColumn("val_loss").append(e.valLoss());
            t.doubleColumn("val_accuracy").append(e.valAccuracy());
            t.doubleColumn("seconds").append(e.seconds());
            t.doubleColumn("samples_per_s").append(e.samplesPerSecond());
        }
        return t;
    }

    public static Table rdf(List<EpochResult> epochs) {
        Table t = Table.create("rdf", IntColumn.create("epoch"), StringColumn.create("split"),
                DoubleColumn.create("inv_delta"), DoubleColumn.create("lfr"), DoubleColumn.create("rdf"),
                DoubleColumn.create("rdf_normalized"));
        for (EpochResult e : epochs) {
            for (SplitRdf s : e.splits()) {
                RdfResult r = s.rdf();
                for (int k = 0; k < r.size(); k++) {
                    t.intColumn("epoch").append(e.epoch());
                    t.stringColumn("split").append(s.name());
                    t.doubleColumn("inv_delta").append(r.invDelta()[k]);
                    t.doubleColumn("lfr").append(r.lfr()[k]);
                    t.doubleColumn("rdf").append(r.rdf()[k]);
                    t.doubleColumn("rdf_normalized").append(r.rdfNormalized()[k]);
                }
            }
        }
        return t;
    }

    public static Table peaks(List<EpochResult> epochs) {
        Table t = Table.create("peaks", IntColumn.create("epoch"), IntColumn.create("split_index"),
                StringColumn.create("split"), DoubleColumn.create("peak_inv_delta"), BooleanColumn.create("at_edge"));
        for (EpochResult e : epochs) {
            for (SplitRdf s : e.splits()) {
                t.intColumn("epoch").append(e.epoch());
                t.intColumn("split_index").append(s.index());
                t.stringColumn("split").append(s.name());
                t.doubleColumn("peak_inv_delta").append(s.peakInvDelta());
                t.booleanColumn("at_edge").append(s.rdf().peakAtEdge());
            }
        }
        return t;
    }

    /** DFT magnitudes in long format: epoch, k, target, output. */
    public static Table spectra(List<FourierSpectrum> spectra) {
        Table t = Table.create("spectrum", IntColumn.create("epoch"), IntColumn.create("k"),
                DoubleColumn.create("target"), DoubleColumn.create("output"));
        for (FourierSpectrum e : spectra) {
            for (int k = 0; k < e.target().length; k++) {
                t.intColumn("epoch").append(e.epoch());
                t.intColumn("k").append(k);
                t.doubleColumn("target").append(e.target()[k]);
                t.doubleColumn("output").append(e.output()[k]);
            }
        }
        return t;
    }

    /** Target and output at the training points of one epoch: epoch, x, target, output. */
    public static Table fit(OneDimensionalFit fit) {
        Table t = Table.create("fit", IntColumn.create("epoch"), DoubleColumn.create("x"),
                DoubleColumn.create("target"), DoubleColumn.create("output"));
        for (int i = 0; i < fit.x().length; i++) {
            t.intColumn("epoch").append(fit.epoch());
            t.doubleColumn("x").append(fit.x()[i]);
            t.doubleColumn("target").append(fit.target()[i]);
            t.doubleColumn("output").append(fit.output()[i]);
        }
        return t;
    }
}
