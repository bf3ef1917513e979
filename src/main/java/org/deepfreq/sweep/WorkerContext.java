package org.deepfreq.sweep;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.deepfreq.data.DatasetCatalog;
import org.deepfreq.experiment.TrainingRun;

/**
 * What a member that trains cells needs locally: its data sets, a place for one line per cell, and the runs in
 * progress (so that stopping the worker cancels them, each keeping its finished epochs on the submitter).
 */
public final class WorkerContext {

    static final String KEY = "deepfreq.worker";

    private final DatasetCatalog catalog;
    private final PrintStream log;
    private final Set<TrainingRun> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    public WorkerContext(DatasetCatalog catalog, PrintStream log) {
        this.catalog = catalog;
        this.log = log;
    }

    DatasetCatalog catalog() {
        return catalog;
    }

    PrintStream log() {
        return log;
    }

    boolean stopping() {
        return stopping;
    }

    void started(TrainingRun run) {
        running.add(run);
        if (stopping) {
            run.cancel();
        }
    }

    void ended(TrainingRun run) {
        running.remove(run);
    }

    /** Cancels every cell in progress; their submitters resume them elsewhere from the last finished epoch. */
    public void stop() {
        stopping = true;
        running.forEach(TrainingRun::cancel);
    }
}
