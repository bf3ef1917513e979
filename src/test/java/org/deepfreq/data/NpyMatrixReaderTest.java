package org.deepfreq.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyMatrixReaderTest {

    @TempDir
    Path dir;

    /** A version-1 .npy file of float32 values in the given byte order, as numpy.save writes it. */
    private Path float32(String name, float[] values, int rows, int cols, ByteOrder order) throws IOException {
        String descr = order == ByteOrder.LITTLE_ENDIAN ? "<f4" : ">f4";
        StringBuilder header = new StringBuilder("{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" + rows
                + ", " + cols + "), }");
        while ((10 + header.length() + 1) % 64 != 0) {
            header.append(' ');
        }
        header.append('\n');
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + 4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        b.put(header.toString().getBytes(StandardCharsets.ISO_8859_1));
        b.order(order);
        for (float v : values) {
            b.putFloat(v);
        }
        return Files.write(dir.resolve(name), b.array());
    }

    @Test
    void float32ValuesAreReadInEitherByteOrder() throws IOException {
        float[] values = {1.5f, -2.25f, 3e-38f, Float.MAX_VALUE, 0f, -0.125f};
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            FloatMatrix m = NpyMatrixReader.read(float32("x-" + order + ".npy", values, 3, 2, order));

            assertThat(m.rows()).isEqualTo(3);
            assertThat(m.cols()).isEqualTo(2);
            assertThat(m.data()).as(order.toString()).containsExactly(values);
        }
    }
}
