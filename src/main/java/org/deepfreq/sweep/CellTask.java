package org.deepfreq.sweep;

import java.io.Serializable;
import java.util.concurrent.Callable;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;

/**
 * One attempt at one cell, sent to the member that trains it: the run's config as JSON, and to resume, the
 * checkpoint and the last finished epoch (null for a fresh start). Only data travels; the code is the worker's own.
 */
public final class CellTask implements Callable<CellOutcome>, Serializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    final String sweep;
    final String cell;
    final int attempt;
    final String configJson;
    final byte[] checkpoint;
    final String lastEpochJson;
    /** UUID of the submitting member: the worker trains only while it is in the cluster and trusted. */
    final String submitter;
    private transient HazelcastInstance hazelcast;

    CellTask(String sweep, String cell, int attempt, String configJson, byte[] checkpoint, String lastEpochJson,
            String submitter) {
        this.sweep = sweep;
        this.cell = cell;
        this.attempt = attempt;
        this.configJson = configJson;
        this.checkpoint = checkpoint;
        this.lastEpochJson = lastEpochJson;
        this.submitter = submitter;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
    }

    /** Trains the cell on this member; never throws (an exception would have to cross the serialisation filter). */
    @Override
    public CellOutcome call() {
        try {
            return new CellExecution(this, hazelcast).run();
        } catch (RuntimeException | Error e) {
            return CellOutcome.failed("on member " + ClusterMember.address(hazelcast.getCluster().getLocalMember())
                    + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()), -1);
        }
    }

    /** The topic a sweep's epochs stream on. */
    static String topic(String sweep) {
        return "deepfreq-sweep-" + sweep;
    }
}
