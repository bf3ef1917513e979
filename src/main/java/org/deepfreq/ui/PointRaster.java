package org.deepfreq.ui;

import java.util.Arrays;

import org.deepfreq.data.FloatMatrix;

/**
 * 2-D points as the cells of a heat map. Points that form a full rectangular grid (every x value with every y value,
 * once) are that grid, one cell per point. Other points are drawn on {@value #CELLS}×{@value #CELLS} cells over their
 * bounding box, each cell showing the point nearest its centre (distance in units of each axis' extent, so both axes
 * weigh alike). The nearest point of every cell is found once; new values then take one look-up per cell.
 */
final class PointRaster {

    /** Cells per side for scattered points. */
    static final int CELLS = 64;

    private final double[] xs;
    private final double[] ys;
    /** Per cell, row by row (y outer, x inner, as ChartFX's grids): the index of the point it shows. */
    private final int[] point;

    private PointRaster(double[] xs, double[] ys, int[] point) {
        this.xs = xs;
        this.ys = ys;
        this.point = point;
    }

    /** The raster of N×2 points. */
    static PointRaster of(FloatMatrix x) {
        if (x.cols() != 2) {
            throw new IllegalArgumentException("a raster needs 2-D points, got " + x.cols() + " dimensions");
        }
        PointRaster grid = asGrid(x);
        return grid != null ? grid : nearest(x);
    }

    /** The cells' x values (ascending). */
    double[] xs() {
        return xs.clone();
    }

    /** The cells' y values (ascending). */
    double[] ys() {
        return ys.clone();
    }

    /** The index of the point that cell (ix, iy) shows. */
    int pointAt(int ix, int iy) {
        return point[iy * xs.length + ix];
    }

    /** Column {@code column} of per-point values, one per cell in ChartFX's order (y outer, x inner). */
    double[] cells(FloatMatrix values, int column) {
        double[] z = new double[point.length];
        for (int c = 0; c < z.length; c++) {
            z[c] = values.get(point[c], column);
        }
        return z;
    }

    /** The points as their own grid, or null when they are not a full grid with every pair once. */
    private static PointRaster asGrid(FloatMatrix x) {
        int n = x.rows();
        double[] gx = distinct(x, 0);
        double[] gy = distinct(x, 1);
        if ((long) gx.length * gy.length != n || gx.length < 2 || gy.length < 2) {
            return null;
        }
        int[] point = new int[n];
        Arrays.fill(point, -1);
        for (int i = 0; i < n; i++) {
            int cell = Arrays.binarySearch(gy, x.get(i, 1)) * gx.length + Arrays.binarySearch(gx, x.get(i, 0));
            if (point[cell] >= 0) {
                return null; // a pair twice, so another one is missing
            }
            point[cell] = i;
        }
        return new PointRaster(gx, gy, point);
    }

    private static double[] distinct(FloatMatrix x, int column) {
        double[] v = new double[x.rows()];
        for (int i = 0; i < v.length; i++) {
            v[i] = x.get(i, column);
        }
        return Arrays.stream(v).sorted().distinct().toArray();
    }

    private static PointRaster nearest(FloatMatrix x) {
        int n = x.rows();
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 2; d++) {
                lo[d] = Math.min(lo[d], x.get(i, d));
                hi[d] = Math.max(hi[d], x.get(i, d));
            }
        }
        double[][] centres = new double[2][CELLS];
        double[] scale = new double[2];
        for (int d = 0; d < 2; d++) {
            double extent = hi[d] - lo[d];
            scale[d] = extent > 0 ? 1 / extent : 1;
            for (int c = 0; c < CELLS; c++) {
                centres[d][c] = lo[d] + (c + 0.5) * extent / CELLS;
            }
        }
        int[] point = new int[CELLS * CELLS];
        for (int iy = 0; iy < CELLS; iy++) {
            for (int ix = 0; ix < CELLS; ix++) {
                double best = Double.POSITIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    double dx = (x.get(i, 0) - centres[0][ix]) * scale[0];
                    double dy = (x.get(i, 1) - centres[1][iy]) * scale[1];
                    double dd = dx * dx + dy * dy;
                    if (dd < best) {
                        best = dd;
                        point[iy * CELLS + ix] = i;
                    }
                }
            }
        }
        return new PointRaster(centres[0], centres[1], point);
    }
}
