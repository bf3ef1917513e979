package org.deepfreq.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The user's own data as a training set, named {@code file:X,Y} (two files, X and Y) or {@code file:XY} (one file
 * whose last column is Y): CSV or .npy, read exactly as the app's File → Open data… reads them
 * ({@link PointsAndTargets}). Y with two or more columns that is one-hot in every row (one 1, the rest 0) is a
 * classification target (the class is the column of the 1); any other Y is a regression target, one output per
 * column. Paths must not contain a comma.
 */
public final class OwnDataset {

    /** The prefix of own-data names. */
    public static final String PREFIX = "file:";

    private OwnDataset() {
    }

    /** Whether the name is an own-data name. */
    public static boolean isOwn(String name) {
        return name != null && name.startsWith(PREFIX);
    }

    /** The one or two files of an own-data name, as written (relative paths resolve against the working folder). */
    public static List<Path> paths(String name) {
        String body = name.substring(PREFIX.length()).trim();
        List<Path> out = new ArrayList<>();
        for (String p : body.split(",", -1)) {
            if (p.isBlank()) {
                throw new IllegalArgumentException("'" + name + "': give file:X,Y (two files) or file:XY (one file whose "
                        + "last column is Y)");
            }
            out.add(Path.of(p.trim()));
        }
        if (out.size() > 2) {
            throw new IllegalArgumentException("'" + name + "' names " + out.size() + " files: give file:X,Y (two "
                    + "files) or file:XY (one file whose last column is Y); paths must not contain a comma");
        }
        return out;
    }

    /** The own-data name of these files, with absolute paths (so a resumed run finds them from any folder). */
    public static String name(List<Path> files) {
        return PREFIX + files.stream().map(p -> p.toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(","));
    }

    /** The files pinned by their content, in the order of the name. */
    public static List<DataFile> pin(String name) {
        return paths(name).stream().map(DataFile::of).toList();
    }

    /** Reads the files as a data set: one line when they are not a valid X, Y pair. */
    public static LabeledDataset load(String name) {
        PointsAndTargets data = PointsAndTargets.open(paths(name));
        FloatMatrix x = data.x();
        FloatMatrix y = data.y();
        int[] labels = oneHotLabels(y);
        if (labels == null) {
            return new LabeledDataset(data.name(), x, y, null, new int[] {x.cols()}, List.of());
        }
        return new LabeledDataset(data.name(), x, null, labels, new int[] {x.cols()},
                IntStream.range(0, y.cols()).mapToObj(Integer::toString).toList());
    }

    /** The class of each row when Y has two or more columns and every row is one-hot, else null. */
    static int[] oneHotLabels(FloatMatrix y) {
        if (y.cols() < 2) {
            return null;
        }
        int[] labels = new int[y.rows()];
        for (int i = 0; i < y.rows(); i++) {
            int hot = -1;
            for (int c = 0; c < y.cols(); c++) {
                float v = y.get(i, c);
                if (v == 1f && hot < 0) {
                    hot = c;
                } else if (v != 0f) {
                    return null;
                }
            }
            if (hot < 0) {
                return null;
            }
            labels[i] = hot;
        }
        return labels;
    }
}
