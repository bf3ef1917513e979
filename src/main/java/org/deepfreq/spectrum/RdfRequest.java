package org.deepfreq.spectrum;

import org.deepfreq.data.FloatMatrix;

/**
 * One RDF computation: points X (N×d), targets Y (N×c), the 1/δ grid, whether each
 * dimension of X is divided by its maximum absolute value first, and which squared distance the kernel uses.
 */
public record RdfRequest(FloatMatrix points, FloatMatrix targets, InverseDeltaGrid grid, boolean normalize,
        Distance distance) {

    /** A request with the paper's summed squared distance. */
    public RdfRequest(FloatMatrix points, FloatMatrix targets, InverseDeltaGrid grid, boolean normalize) {
        this(points, targets, grid, normalize, Distance.SUM);
    }

    public RdfRequest {
        if (distance == null) {
            distance = Distance.SUM;
        }
        if (points.rows() != targets.rows()) {
            throw new IllegalArgumentException("X has " + points.rows() + " rows but Y has " + targets.rows()
                    + ": both must describe the same points, one row each");
        }
        if (points.rows() < 2) {
            throw new IllegalArgumentException("RDF needs at least 2 points, got " + points.rows());
        }
        if (points.cols() < 1 || targets.cols() < 1) {
            throw new IllegalArgumentException("X and Y need at least one column each, got X " + points.cols()
                    + " and Y " + targets.cols());
        }
        requireFinite("X", points);
        requireFinite("Y", targets);
    }

    private static void requireFinite(String name, FloatMatrix m) {
        int[] at = m.firstNonFinite();
        if (at != null) {
            throw new IllegalArgumentException(name + " has a NaN or infinite value at row " + (at[0] + 1)
                    + ", column " + (at[1] + 1) + ": remove or replace non-finite values");
        }
    }

    public int n() {
        return points.rows();
    }

    /** Floating-point operations of the computation (docs/design.md section 2): 2N²d + N²K(2c+3). */
    public double flops() {
        return flopCount(points.rows(), points.cols(), targets.cols(), grid.steps());
    }

    /** Floating-point operations for N points of dimension d, c target columns and K grid points. */
    public static double flopCount(long n, long d, long c, long k) {
        double n2 = (double) n * n;
        return 2 * n2 * d + n2 * k * (2 * c + 3);
    }
}
