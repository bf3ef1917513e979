package org.deepfreq.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numpy {@code .npy} files (format versions 1–3) holding a 1-D or 2-D array of float32,
 * float64 or integer values in C order. A 1-D array becomes a single column.
 */
public final class NpyMatrixReader {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=])([a-z])(\\d+)'");
    private static final Pattern ANY_DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private NpyMatrixReader() {
    }

    public static FloatMatrix read(Path file) throws IOException {
        ByteBuffer buf = mapped(file);
        int length = buf.capacity();
        byte[] bytes = new byte[Math.min(length, MAGIC.length)];
        buf.get(0, bytes);
        if (length < 10 || !startsWithMagic(bytes)) {
            throw new InvalidDataException(file + ": not a numpy .npy file (magic bytes missing); save it with numpy.save");
        }
        int major = buf.get(6);
        buf.position(8);
        int headerLen = major == 1 ? Short.toUnsignedInt(buf.getShort()) : buf.getInt();
        int dataStart = buf.position() + headerLen;
        if (headerLen < 0 || dataStart > length) {
            throw new InvalidDataException(file + ": truncated .npy header");
        }
        byte[] headerBytes = new byte[headerLen];
        buf.get(buf.position(), headerBytes);
        String header = new String(headerBytes, StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shapeM = SHAPE.matcher(header);
        Matcher anyDescr = ANY_DESCR.matcher(header);
        if (anyDescr.find() && !descr.reset().find()) {
            String d = anyDescr.group(1);
            throw new InvalidDataException(file + ": the array's dtype is '" + d + "'" + (d.contains("O")
                    ? " (Python objects)" : "") + ", not numbers: save a numeric array, e.g. numpy.save(f, "
                    + "a.astype('float32'))");
        }
        descr.reset();
        if (!descr.find() || !fortran.find() || !shapeM.find()) {
            throw new InvalidDataException(file + ": unreadable .npy header '" + header.trim() + "'");
        }
        if (fortran.group(1).equals("True")) {
            throw new InvalidDataException(file + ": array is in Fortran order; save numpy.ascontiguousarray(a) instead");
        }
        long[] shape = parseShape(file, shapeM.group(1));
        int rows = (int) shape[0];
        int cols = shape.length == 2 ? (int) shape[1] : 1;
        char kind = descr.group(2).charAt(0);
        int width = Integer.parseInt(descr.group(3));
        if (descr.group(1).equals(">")) {
            buf.order(ByteOrder.BIG_ENDIAN);
        }
        long count = (long) rows * cols;
        if (dataStart + count * width > length) {
            throw new InvalidDataException(file + ": truncated: the header promises " + count + " values of " + width
                    + " bytes but the file is only " + length + " bytes long");
        }
        buf.position(dataStart);
        float[] out = new float[Math.toIntExact(count)];
        if (kind == 'f' && width == Float.BYTES) { // float32, the common case: one bulk copy, not readValue
            buf.asFloatBuffer().get(out);
            return new FloatMatrix(rows, cols, out);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = readValue(file, buf, kind, width);
        }
        return new FloatMatrix(rows, cols, out);
    }

    /**
     * The whole file, mapped rather than read: reading a large file into a fresh array and then into another touched
     * twice the memory for the first time, which is slow in a fresh process (docs/performance.md).
     */
    private static ByteBuffer mapped(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new InvalidDataException(file + ": " + size + " bytes; .npy files up to 2 GB can be read, save a"
                        + " subset (or float32 instead of float64)");
            }
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    private static boolean startsWithMagic(byte[] bytes) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (i >= bytes.length || bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static long[] parseShape(Path file, String text) {
        String[] parts = text.split(",");
        long[] dims = java.util.Arrays.stream(parts).map(String::trim).filter(s -> !s.isEmpty())
                .mapToLong(Long::parseLong).toArray();
        if (dims.length < 1 || dims.length > 2) {
            throw new InvalidDataException(file + ": array has " + dims.length
                    + " dimensions; expected a 1-D or 2-D array (reshape it to N×d)");
        }
        return dims;
    }

    /** One value of any supported type but float32, which {@link #read} copies in bulk. */
    private static float readValue(Path file, ByteBuffer buf, char kind, int width) {
        return switch (kind) {
            case 'f' -> switch (width) {
                case 8 -> (float) buf.getDouble();
                default -> throw unsupported(file, kind, width);
            };
            case 'i', 'u' -> switch (width) {
                case 1 -> kind == 'u' ? Byte.toUnsignedInt(buf.get()) : buf.get();
                case 2 -> kind == 'u' ? Short.toUnsignedInt(buf.getShort()) : buf.getShort();
                case 4 -> buf.getInt();
                case 8 -> buf.getLong();
                default -> throw unsupported(file, kind, width);
            };
            default -> throw unsupported(file, kind, width);
        };
    }

    private static InvalidDataException unsupported(Path file, char kind, int width) {
        return new InvalidDataException(file + ": unsupported .npy dtype '" + kind + width
                + "'; use float32, float64 or an integer type");
    }
}
