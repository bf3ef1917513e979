package org.deepfreq.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads IDX files as MNIST and Fashion-MNIST ship them ({@code *-images-idx3-ubyte}, {@code *-labels-idx1-ubyte},
 * plain or gzip-compressed, detected by content): images become rows of pixels scaled to [0, 1].
 */
public final class IdxFiles {

    public static final int IMAGES_MAGIC = 0x00000803;
    public static final int LABELS_MAGIC = 0x00000801;

    private IdxFiles() {
    }

    /**
     * The training set in {@code dir} ({@code train-images-idx3-ubyte} and {@code train-labels-idx1-ubyte}, plain or
     * .gz) as 1×28×28 images with the given class names; at most {@code limit} examples.
     */
    public static LabeledDataset readTraining(Path dir, String name, List<String> classes, int limit) {
        if (!Files.isDirectory(dir)) {
            throw new DatasetMissingException(dir + ": data set folder not found; run 'deepfreq datasets prepare " + name
                    + "' or put the IDX files there (or give --data-dir with the folder that holds " + name + "/)");
        }
        Path images = find(dir, "train-images-idx3-ubyte");
        Path labels = find(dir, "train-labels-idx1-ubyte");
        int imageCount = count(images, IMAGES_MAGIC);
        int labelCount = count(labels, LABELS_MAGIC);
        if (imageCount != labelCount) {
            throw new InvalidDataException(dir + ": " + imageCount + " images but " + labelCount
                    + " labels; the two training files must belong together");
        }
        return new LabeledDataset(name, readImages(images, limit), null, readLabels(labels, limit), new int[] {1, 28, 28},
                classes);
    }

    private static Path find(Path dir, String base) {
        for (String candidate : new String[] {base, base + ".gz"}) {
            Path p = dir.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new DatasetMissingException(dir.resolve(base) + "[.gz]: file not found; run 'deepfreq datasets prepare "
                + dir.getFileName() + "'");
    }

    /** Images as an N × (rows·cols) matrix in [0, 1]; at most {@code limit} images are read. */
    public static FloatMatrix readImages(Path file, int limit) {
        try (DataInputStream in = open(file)) {
            int count = header(in, file, IMAGES_MAGIC);
            int rows = in.readInt();
            int cols = in.readInt();
            int n = Math.min(count, limit);
            int size = rows * cols;
            byte[] pixels = new byte[Math.multiplyExact(n, size)];
            in.readFully(pixels);
            readToEnd(in);
            float[] out = new float[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                out[i] = (pixels[i] & 0xFF) / 255f;
            }
            return new FloatMatrix(n, size, out);
        } catch (EOFException e) {
            throw new InvalidDataException(file + ": truncated (fewer images than its header says); download it again", e);
        } catch (java.util.zip.ZipException e) {
            throw new InvalidDataException(file + ": the gzip data is corrupt (" + e.getMessage() + "); download it "
                    + "again or prepare the data set again ('deepfreq datasets verify' checks every file)", e);
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Labels; at most {@code limit} are read. */
    public static int[] readLabels(Path file, int limit) {
        try (DataInputStream in = open(file)) {
            int n = Math.min(header(in, file, LABELS_MAGIC), limit);
            byte[] bytes = new byte[n];
            in.readFully(bytes);
            readToEnd(in);
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = bytes[i] & 0xFF;
            }
            return labels;
        } catch (EOFException e) {
            throw new InvalidDataException(file + ": truncated (fewer labels than its header says); download it again", e);
        } catch (java.util.zip.ZipException e) {
            throw new InvalidDataException(file + ": the gzip data is corrupt (" + e.getMessage() + "); download it "
                    + "again or prepare the data set again ('deepfreq datasets verify' checks every file)", e);
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The item count in the header of an IDX file with the given magic number ({@link #IMAGES_MAGIC} or labels). */
    public static int count(Path file, int magic) {
        try (DataInputStream in = open(file)) {
            return header(in, file, magic);
        } catch (IOException e) {
            throw new InvalidDataException(file + ": truncated header; download it again", e);
        }
    }

    /** Reads the rest of the file: a gzip stream checks its CRC and length only at its end. */
    private static void readToEnd(DataInputStream in) throws IOException {
        in.transferTo(java.io.OutputStream.nullOutputStream());
    }

    /** Checks the magic number and returns the item count. */
    private static int header(DataInputStream in, Path file, int expected) throws IOException {
        int magic = in.readInt();
        if (magic != expected) {
            String kind = expected == IMAGES_MAGIC ? "images-idx3-ubyte" : "labels-idx1-ubyte";
            throw new InvalidDataException(file + ": wrong magic number 0x" + Integer.toHexString(magic) + " (expected 0x"
                    + Integer.toHexString(expected) + "); is this a " + kind + " file?");
        }
        return in.readInt();
    }

    private static DataInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidDataException(file + ": file not found");
        }
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        InputStream in = b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
        return new DataInputStream(in);
    }
}
