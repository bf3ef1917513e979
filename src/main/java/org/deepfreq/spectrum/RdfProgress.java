package org.deepfreq.spectrum;

/** Receives progress of an RDF computation; called from worker threads. */
@FunctionalInterface
public interface RdfProgress {

    /** Progress that is ignored. */
    RdfProgress NONE = (done, total) -> { };

    void blocksDone(int done, int total);
}
