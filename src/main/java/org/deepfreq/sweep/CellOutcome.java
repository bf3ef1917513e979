package org.deepfreq.sweep;

import java.io.Serializable;

/**
 * How one attempt at a cell ended on its member: the run's final status name, its message, the last finished epoch,
 * and whether the cell should be tried again elsewhere (the worker was stopping, or could not take the cell).
 */
public record CellOutcome(String status, String message, int lastEpoch, boolean retry) implements Serializable {

    private static final long serialVersionUID = 1L;

    static CellOutcome retry(String message, int lastEpoch) {
        return new CellOutcome("CANCELLED", message, lastEpoch, true);
    }

    static CellOutcome failed(String message, int lastEpoch) {
        return new CellOutcome("FAILED", message, lastEpoch, false);
    }
}
