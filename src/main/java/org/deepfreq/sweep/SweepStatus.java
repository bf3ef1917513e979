package org.deepfreq.sweep;

import java.util.List;
import java.util.Map;

/**
 * The content of {@code sweep.json}: the sweep, and for each cell its state, finished epochs, last message and one
 * entry per attempt with the member ({@code HOST:PORT}) it ran on.
 *
 * @param id      stays the same when a stopped sweep is continued
 * @param cluster "embedded" or the {@code --cluster} list
 */
public record SweepStatus(String id, String preset, Map<String, List<String>> vary, int seeds, String cluster,
        String updated, List<Cell> cells) {

    public SweepStatus {
        cells = List.copyOf(cells);
    }

    /** One cell: its run folder {@code name} under the sweep folder, its setting and seed. */
    public record Cell(String name, String setting, long seed, CellState state, int epochs, String message,
            List<Attempt> attempts) {

        public Cell {
            attempts = List.copyOf(attempts);
        }

        /** The member of the last attempt, or "" before the first. */
        public String member() {
            return attempts.isEmpty() ? "" : attempts.get(attempts.size() - 1).member();
        }
    }

    /**
     * One attempt at a cell: the member, the first epoch it trained, the last finished epoch it delivered (-1: none),
     * when it started and ended (ISO-8601 UTC; ended null while it runs) and how it ended.
     */
    public record Attempt(int number, String member, int fromEpoch, int toEpoch, String started, String ended,
            String outcome) {
    }

    public long count(CellState state) {
        return cells.stream().filter(c -> c.state() == state).count();
    }

    public long done() {
        return cells.stream().filter(c -> c.state().done()).count();
    }
}
