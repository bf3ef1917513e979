package org.deepfreq.results;

import java.util.List;

import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.SplitRdf;
import org.deepfreq.spectrum.RdfResult;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The Tablesaw tables of a run: metrics per epoch, RDF in long format, and RDF peaks per epoch and split. */
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
                StringColumn.create("split"), DoubleColumn.create("peak_inv_delta"));
        for (EpochResult e : epochs) {
            for (SplitRdf s : e.splits()) {
                t.intColumn("epoch").append(e.epoch());
                t.intColumn("split_index").append(s.index());
                t.stringColumn("split").append(s.name());
                t.doubleColumn("peak_inv_delta").append(s.peakInvDelta());
            }
        }
        return t;
    }
}
