package org.deepfreq.data;

import java.util.Random;

/** Seeded random orders of examples (the minibatch order of an epoch). */
public final class Shuffle {

    private Shuffle() {
    }

    /** A permutation of 0..n−1 drawn by a Fisher–Yates shuffle with {@code java.util.Random(seed)}. */
    public static int[] permutation(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random rnd = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
