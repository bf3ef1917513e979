package org.deepfreq.spectrum;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The order in which the blocks of one band of row tiles are computed, handed to worker threads
 * as they become ready. A block pairs a tile of rows with a tile of columns; within the band the
 * kernel is symmetric, so each unordered pair of tiles is one block whose kernel serves both tiles
 * ({@link Block#mirrored()}); tiles outside the band are columns only.
 *
 * <p>Every tile receives its blocks in one fixed order, and a block is handed out only when it is
 * next for each tile it adds to: sums are then accumulated in the same order whatever the number
 * of threads or their timing, so results are reproducible bit for bit. Blocks follow a round-robin
 * tournament (every round pairs disjoint tiles), which keeps workers busy while respecting that order.
 */
final class BlockSchedule {

    /**
     * A tile of rows against a tile of columns (tile indices).
     *
     * @param index    position in the schedule's order
     * @param mirrored whether the transposed block also adds to the column tile (both tiles in the band, distinct)
     */
    record Block(int index, int rows, int columns, boolean mirrored) {
    }

    private final int bandFrom;
    private final Deque<Block>[] queues;
    private final boolean[] claimed;
    private final List<Block> order;
    private int remaining;
    private boolean aborted;

    /**
     * @param tiles    tiles in all
     * @param bandFrom first tile of the band
     * @param bandTo   one past the last tile of the band
     */
    @SuppressWarnings("unchecked")
    BlockSchedule(int tiles, int bandFrom, int bandTo) {
        this.bandFrom = bandFrom;
        this.order = order(tiles, bandFrom, bandTo);
        this.queues = new Deque[bandTo - bandFrom];
        for (int t = 0; t < queues.length; t++) {
            queues[t] = new ArrayDeque<>();
        }
        for (Block b : order) {
            queues[b.rows() - bandFrom].add(b);
            if (b.mirrored()) {
                queues[b.columns() - bandFrom].add(b);
            }
        }
        remaining = order.size();
        claimed = new boolean[order.size()];
    }

    /** Blocks of this band in their fixed order. */
    List<Block> blocks() {
        return order;
    }

    /**
     * The next block that is ready, waiting for one if need be; null when all are handed out or
     * the schedule was aborted.
     */
    synchronized Block next() throws InterruptedException {
        while (true) {
            if (aborted || remaining == 0) {
                return null;
            }
            Block first = null; // the earliest ready block: only queue heads can be ready
            for (Deque<Block> queue : queues) {
                Block b = queue.peekFirst();
                if (b != null && !claimed[b.index()] && isNext(b) && (first == null || b.index() < first.index())) {
                    first = b;
                }
            }
            if (first != null) {
                claimed[first.index()] = true;
                return first;
            }
            wait();
        }
    }

    /**
     * Marks a block handed out by {@link #next()} as done.
     *
     * @return the tiles this block completed (none, one or two): their sums are final
     */
    synchronized int[] finished(Block b) {
        int row = b.rows() - bandFrom;
        queues[row].removeFirst();
        boolean rowDone = queues[row].isEmpty();
        boolean columnDone = false;
        if (b.mirrored()) {
            int column = b.columns() - bandFrom;
            queues[column].removeFirst();
            columnDone = queues[column].isEmpty();
        }
        remaining--;
        notifyAll();
        if (rowDone && columnDone) {
            return new int[] {b.rows(), b.columns()};
        }
        return rowDone ? new int[] {b.rows()} : columnDone ? new int[] {b.columns()} : new int[0];
    }

    /** Makes every waiting and later {@link #next()} return null. */
    synchronized void abort() {
        aborted = true;
        notifyAll();
    }

    private boolean isNext(Block b) {
        return queues[b.rows() - bandFrom].peekFirst() == b
                && (!b.mirrored() || queues[b.columns() - bandFrom].peekFirst() == b);
    }

    /**
     * Band tiles against themselves (diagonal blocks) and against each other in tournament rounds
     * (circle method), then against every tile outside the band.
     */
    private static List<Block> order(int tiles, int bandFrom, int bandTo) {
        int m = bandTo - bandFrom;
        List<Block> out = new ArrayList<>();
        for (int t = bandFrom; t < bandTo; t++) {
            out.add(new Block(out.size(), t, t, false));
        }
        int players = m % 2 == 0 ? m : m + 1; // an odd band gets a bye each round
        int[] circle = new int[players];
        for (int i = 0; i < players; i++) {
            circle[i] = i;
        }
        for (int round = 0; round < players - 1; round++) {
            for (int i = 0; i < players / 2; i++) {
                int a = circle[i];
                int b = circle[players - 1 - i];
                if (a < m && b < m) {
                    out.add(new Block(out.size(), bandFrom + Math.min(a, b), bandFrom + Math.max(a, b), true));
                }
            }
            int last = circle[players - 1]; // rotate all but the first
            System.arraycopy(circle, 1, circle, 2, players - 2);
            circle[1] = last;
        }
        for (int c = 0; c < tiles; c++) {
            if (c < bandFrom || c >= bandTo) {
                for (int t = bandFrom; t < bandTo; t++) {
                    out.add(new Block(out.size(), t, c, false));
                }
            }
        }
        return out;
    }
}
