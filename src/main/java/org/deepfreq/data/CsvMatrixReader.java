package org.deepfreq.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads comma-separated numbers into a matrix. A first row that is not numeric is taken as a
 * header; every other row must have the same number of numeric cells. Blank lines are skipped.
 */
public final class CsvMatrixReader {

    private CsvMatrixReader() {
    }

    public static FloatMatrix read(Path file) throws IOException {
        FloatArrayBuilder values = new FloatArrayBuilder();
        int cols = -1;
        int rows = 0;
        int lineNo = 0;
        requireUtf8(file);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a UTF-8 byte order mark (Excel writes one) is not part of the first cell
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (rows == 0 && cols < 0 && !isNumeric(cells[0])) {
                    cols = cells.length; // header row
                    continue;
                }
                if (cols >= 0 && cells.length != cols) {
                    throw new InvalidDataException(file + ": line " + lineNo + " has " + cells.length
                            + " values but the first row has " + cols + "; every row needs the same number of columns");
                }
                cols = cells.length;
                for (int j = 0; j < cells.length; j++) {
                    values.add(parse(file, lineNo, j, cells[j]));
                }
                rows++;
            }
        }
        if (rows == 0) {
            throw new InvalidDataException(file + ": contains no numeric rows; expected comma-separated numbers");
        }
        return new FloatMatrix(rows, cols, values.toArray());
    }

    /** Refuses UTF-16/32 text and bytes that are not UTF-8, naming the encoding and the fix. */
    private static void requireUtf8(Path file) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        boolean bomUtf16 = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
        boolean nul = false;
        for (byte b : head) {
            nul |= b == 0;
        }
        if (bomUtf16 || nul) {
            throw new InvalidDataException(file + ": the text is UTF-16 (or has NUL bytes), not UTF-8: save it as "
                    + "UTF-8 or plain ASCII CSV (e.g. iconv -f UTF-16 -t UTF-8)");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidDataException(file + ": not UTF-8 text (" + e.getMessage() + "): save it as UTF-8 or "
                    + "plain ASCII CSV");
        }
    }

    private static boolean isNumeric(String cell) {
        try {
            Double.parseDouble(cell.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static float parse(Path file, int lineNo, int col, String cell) {
        try {
            return Float.parseFloat(cell.trim());
        } catch (NumberFormatException e) {
            throw new InvalidDataException(file + ": line " + lineNo + ", column " + (col + 1) + " is not a number ('"
                    + cell.trim() + "'); only numbers separated by commas are accepted");
        }
    }

    /** A growable float array, avoiding boxing for large files. */
    private static final class FloatArrayBuilder {
        private float[] data = new float[1024];
        private int size;

        void add(float v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, Math.multiplyExact(data.length, 2));
            }
            data[size++] = v;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
