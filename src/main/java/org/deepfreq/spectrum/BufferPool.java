package org.deepfreq.spectrum;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicReference;

import org.bytedeco.javacpp.FloatPointer;

/**
 * Buffers an engine keeps between computations: memory touched for the first time cost about
 * 3–4 ms per MB on the measured 2-core machines (heap and off-heap alike), as much as the
 * engine's whole work for a thousand points, and the engine is called once per split and epoch.
 * Holds at most one spare point buffer, one set of grid sums and one set of tile buffers per
 * worker; thread-safe.
 */
final class BufferPool {

    private final int keep;
    private final ConcurrentLinkedDeque<FloatPointer> points = new ConcurrentLinkedDeque<>();
    private final ConcurrentLinkedDeque<TileBuffers> tiles = new ConcurrentLinkedDeque<>();
    private final AtomicReference<float[][][][]> sums = new AtomicReference<>();

    /** @param keep sets of tile buffers kept at most (the engine's worker count) */
    BufferPool(int keep) {
        this.keep = keep;
    }

    /** A flat off-heap float buffer of at least {@code length} elements. */
    FloatPointer points(long length) {
        FloatPointer spare = points.pollFirst();
        return spare != null && spare.capacity() >= length ? spare : new FloatPointer(length);
    }

    void returnPoints(FloatPointer flat) {
        FloatPointer other = points.pollFirst();
        points.offerFirst(other != null && other.capacity() > flat.capacity() ? other : flat);
    }

    /** A worker's buffers for blocks of up to {@code columns × rows}. */
    TileBuffers tiles(int columns, int rows) {
        TileBuffers spare = tiles.pollFirst();
        return spare != null && spare.kernel.fits(columns, rows) ? spare : new TileBuffers(columns, rows);
    }

    void returnTiles(TileBuffers buffers) {
        if (tiles.size() < keep) {
            tiles.offerFirst(buffers);
        }
    }

    /**
     * Zeroed grid sums {@code [tiles][steps][width][rows]}; a pooled array may be larger in every
     * dimension, only the requested part is zeroed and used.
     */
    float[][][][] sums(int tileCount, int steps, int width, int rows) {
        float[][][][] spare = sums.getAndSet(null);
        if (spare == null || spare.length < tileCount || spare[0].length < steps || spare[0][0].length < width
                || spare[0][0][0].length < rows) {
            return new float[tileCount][steps][width][rows];
        }
        for (int t = 0; t < tileCount; t++) {
            for (int k = 0; k < steps; k++) {
                for (int m = 0; m < width; m++) {
                    Arrays.fill(spare[t][k][m], 0, rows, 0f);
                }
            }
        }
        return spare;
    }

    void returnSums(float[][][][] array) {
        sums.accumulateAndGet(array, (old, offered) -> old != null && old.length > offered.length ? old : offered);
    }

    /** One worker's buffers: the kernel of a block. */
    static final class TileBuffers {
        final KernelColumns kernel;

        TileBuffers(int columns, int rows) {
            kernel = new KernelColumns(columns, rows);
        }
    }
}
