package org.deepfreq.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A user's own data, points X and targets Y, opened from files as the app's File → Open data… and drag-and-drop
 * take them: two files (CSV or .npy), X and Y, where Y is the one whose name is a "y" word ({@code y.csv},
 * {@code train_y.npy}, {@code y-values.csv}) or else the second; or one file whose last column is Y.
 *
 * @param name what the data is called in the app: the file names
 * @param x    points, N×d
 * @param y    targets, N×c
 */
public record PointsAndTargets(String name, FloatMatrix x, FloatMatrix y) {

    private static final Pattern Y_WORD = Pattern.compile("(^|[^a-z0-9])y([^a-z0-9]|$)");

    public PointsAndTargets {
        if (x.rows() != y.rows()) {
            throw new InvalidDataException(name + ": X has " + x.rows() + " rows but Y has " + y.rows()
                    + ": give one row per point in both files");
        }
        if (x.rows() < 2) {
            throw new InvalidDataException(name + ": at least 2 points are needed, got " + x.rows());
        }
    }

    /** Opens one file (last column Y) or a pair (X and Y); anything else is refused with one line. */
    public static PointsAndTargets open(List<Path> files) {
        if (files.size() == 1) {
            Path f = files.get(0);
            FloatMatrix m = readFinite(f);
            if (m.cols() < 2) {
                throw new InvalidDataException(f.getFileName() + " has one column: give a file whose last column is "
                        + "Y and the others X, or two files, X and Y");
            }
            int d = m.cols() - 1;
            float[] xs = new float[m.rows() * d];
            float[] ys = new float[m.rows()];
            for (int i = 0; i < m.rows(); i++) {
                System.arraycopy(m.data(), i * m.cols(), xs, i * d, d);
                ys[i] = m.get(i, d);
            }
            return new PointsAndTargets(f.getFileName().toString(), new FloatMatrix(m.rows(), d, xs),
                    new FloatMatrix(m.rows(), 1, ys));
        }
        if (files.size() != 2) {
            throw new InvalidDataException("open one file (last column Y) or two files (X and Y), got " + files.size());
        }
        boolean firstIsY = isY(files.get(0)) && !isY(files.get(1));
        Path xf = firstIsY ? files.get(1) : files.get(0);
        Path yf = firstIsY ? files.get(0) : files.get(1);
        return new PointsAndTargets(xf.getFileName() + " → " + yf.getFileName(), readFinite(xf), readFinite(yf));
    }

    /** The file's matrix; a NaN or infinite value is refused with its place (it would make every result NaN). */
    private static FloatMatrix readFinite(Path file) {
        FloatMatrix m = MatrixFiles.read(file);
        int[] at = m.firstNonFinite();
        if (at != null) {
            throw new InvalidDataException(file.getFileName() + ": row " + (at[0] + 1) + ", column " + (at[1] + 1)
                    + " is " + m.get(at[0], at[1]) + ", not a finite number: remove or fill that row");
        }
        return m;
    }

    private static boolean isY(Path file) {
        String stem = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.[a-z0-9]+$", "");
        return Y_WORD.matcher(stem).find();
    }
}
