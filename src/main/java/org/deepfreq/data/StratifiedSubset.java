package org.deepfreq.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded, stratified choice of a subset of rows. Rows are grouped into strata (the class for
 * one-hot or integer labels, otherwise ten quantile bins of the first target column); each
 * stratum contributes in proportion to its size (largest remainders), drawn by a seeded shuffle.
 * The returned indices are sorted, so the subset keeps the original row order.
 */
public final class StratifiedSubset {

    private static final int QUANTILE_BINS = 10;

    private StratifiedSubset() {
    }

    /** Indices of {@code size} rows of {@code targets}. */
    public static int[] indices(FloatMatrix targets, int size, long seed) {
        int n = targets.rows();
        if (size < 1 || size > n) {
            throw new IllegalArgumentException("sample count " + size + " must be between 1 and the number of points ("
                    + n + ")");
        }
        if (size == n) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        return indices(strata(targets), size, seed);
    }

    /** Indices of {@code size} rows stratified by the given per-row stratum keys. */
    public static int[] indices(int[] strata, int size, long seed) {
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < strata.length; i++) {
            groups.computeIfAbsent(strata[i], k -> new ArrayList<>()).add(i);
        }
        Random rnd = new Random(seed);
        List<List<Integer>> shuffled = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            List<Integer> copy = new ArrayList<>(g);
            java.util.Collections.shuffle(copy, rnd);
            shuffled.add(copy);
        }
        int k = shuffled.size();
        int[] take = new int[k];
        double[] remainder = new double[k];
        int taken = 0;
        for (int g = 0; g < k; g++) {
            double exact = (double) size * shuffled.get(g).size() / strata.length;
            take[g] = (int) Math.floor(exact);
            remainder[g] = exact - take[g];
            taken += take[g];
        }
        Integer[] order = new Integer[k];
        Arrays.setAll(order, g -> g);
        Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int i = 0; taken < size; i = (i + 1) % k) {
            int g = order[i];
            if (take[g] < shuffled.get(g).size()) {
                take[g]++;
                taken++;
            }
        }
        int[] out = new int[size];
        int o = 0;
        for (int g = 0; g < k; g++) {
            for (int i = 0; i < take[g]; i++) {
                out[o++] = shuffled.get(g).get(i);
            }
        }
        Arrays.sort(out);
        return out;
    }

    private static int[] strata(FloatMatrix y) {
        int n = y.rows();
        int[] s = new int[n];
        if (y.cols() > 1) {
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int m = 1; m < y.cols(); m++) {
                    if (y.get(i, m) > y.get(i, best)) {
                        best = m;
                    }
                }
                s[i] = best;
            }
            return s;
        }
        if (y.isIntegerValued()) {
            for (int i = 0; i < n; i++) {
                s[i] = (int) y.get(i, 0);
            }
            return s;
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Float.compare(y.get(a, 0), y.get(b, 0)));
        for (int rank = 0; rank < n; rank++) {
            s[order[rank]] = (int) ((long) rank * QUANTILE_BINS / n);
        }
        return s;
    }
}
