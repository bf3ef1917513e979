package org.deepfreq.data;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.deepfreq.io.AtomicFiles;

/** Writes gzip-compressed IDX files (images idx3, labels idx1) atomically. */
public final class IdxWriter {

    private IdxWriter() {
    }

    /** Images as unsigned bytes, {@code rows × cols} each, one after the other. */
    public static void images(Path file, byte[] pixels, int count, int rows, int cols) {
        if ((long) count * rows * cols != pixels.length) {
            throw new IllegalArgumentException(count + " images of " + rows + "x" + cols + " need " + (long) count * rows * cols
                    + " bytes, got " + pixels.length);
        }
        write(file, out -> {
            out.writeInt(IdxFiles.IMAGES_MAGIC);
            out.writeInt(count);
            out.writeInt(rows);
            out.writeInt(cols);
            out.write(pixels);
        });
    }

    public static void labels(Path file, byte[] labels) {
        write(file, out -> {
            out.writeInt(IdxFiles.LABELS_MAGIC);
            out.writeInt(labels.length);
            out.write(labels);
        });
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static void write(Path file, Body body) {
        AtomicFiles.write(file, raw -> {
            // fixed gzip header (no timestamp) so the same content always gives the same checksum
            GZIPOutputStream gz = new GZIPOutputStream(new NoCloseStream(raw)) {
                {
                    def.setLevel(6);
                }
            };
            DataOutputStream out = new DataOutputStream(gz);
            body.write(out);
            out.flush();
            gz.finish();
        });
    }

    /** Lets the gzip stream finish without closing the atomic writer's stream. */
    private static final class NoCloseStream extends java.io.FilterOutputStream {
        NoCloseStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
