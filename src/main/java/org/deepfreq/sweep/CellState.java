package org.deepfreq.sweep;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where a sweep's cell stands; written in lower case in sweep.json. */
public enum CellState {
    /** Waiting for a free slot on a member (also: interrupted, to be resumed). */
    QUEUED,
    /** Sent to a member, which trains it. */
    RUNNING,
    COMPLETED,
    /** The loss became NaN or infinite; recorded, and the sweep goes on. */
    DIVERGED,
    /** The member could not train it (a missing data set, too little memory); recorded, and the sweep goes on. */
    FAILED;

    /** Whether the cell is finished for this sweep (completed, diverged or failed). */
    public boolean done() {
        return this == COMPLETED || this == DIVERGED || this == FAILED;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CellState fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
