package org.deepfreq.results;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.deepfreq.io.AtomicFiles;
import org.deepfreq.io.FaultInjection;
import org.deepfreq.data.InvalidDataException;

/**
 * One CSV table of a run folder that grows by a block of rows per epoch, every row starting with its epoch. Rows are
 * appended (an epoch costs what it adds, not the whole table); the block of the last epoch written can be replaced
 * (a re-measured epoch). {@link #cutOffset} finds where the rows a checkpoint does not cover begin: the first row of
 * a later epoch, or a line cut short by a kill.
 */
final class RunTableFile {

    private final Path file;
    private final String header;
    /** Byte offset where the rows of {@link #lastEpoch} begin; -1 before the first write. */
    private long blockStart = -1;
    private int lastEpoch = Integer.MIN_VALUE;

    RunTableFile(Path file, String header) {
        this.file = file;
        this.header = header;
    }

    /**
     * Appends the rows of {@code epoch}, replacing that epoch's rows when it is the one written last; writes the
     * header into an empty file.
     */
    void write(int epoch, String rows) throws IOException {
        FaultInjection.step("append " + file.getFileName());
        AtomicFiles.requireReplaceable(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long at = ch.size();
            if (epoch == lastEpoch && blockStart >= 0) {
                at = blockStart;
                ch.truncate(at);
            } else if (at == 0) {
                at = writeFully(ch, header + "\n", 0);
            }
            blockStart = at;
            lastEpoch = epoch;
            writeFully(ch, rows, at); // not forced: a kill keeps it, and the checkpoint (forced) holds these rows too
        }
    }

    /**
     * Makes the file hold exactly the rows of epochs before {@code epoch} followed by {@code rows} (the checkpoint's
     * copy of that epoch's rows): what a kill at any instant of an epoch's writes may have left is cut back.
     */
    void restore(int epoch, String rows) throws IOException {
        long cut = Files.isRegularFile(file) ? cutOffset(file, header, epoch) : 0;
        AtomicFiles.requireReplaceable(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.truncate(cut);
            long at = cut == 0 ? writeFully(ch, header + "\n", 0) : cut;
            blockStart = at;
            lastEpoch = epoch;
            writeFully(ch, rows, at);
            ch.force(false);
        }
    }

    private static long writeFully(FileChannel ch, String text, long at) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        long pos = at;
        while (buf.hasRemaining()) {
            pos += ch.write(buf, pos);
        }
        return pos;
    }

    /**
     * The byte offset after the header and every complete row of an epoch before {@code epoch}; 0 when the header is
     * missing or cut short. Rows are in epoch order, so the first row of a later epoch (or an incomplete last line)
     * ends the part a checkpoint of {@code epoch} covers.
     */
    static long cutOffset(Path file, String header, int epoch) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] line = new byte[256];
            long offset = 0;
            boolean first = true;
            while (true) {
                int len = 0;
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    if (len == line.length) {
                        line = java.util.Arrays.copyOf(line, len * 2);
                    }
                    line[len++] = (byte) b;
                }
                if (b < 0) {
                    return offset; // end of file, or a last line without its newline (cut short)
                }
                if (first) {
                    String h = new String(line, 0, len, StandardCharsets.UTF_8);
                    if (!h.equals(header) && !header.startsWith(h + ",")) { // an older header lacks later columns
                        throw new InvalidDataException(file + ": not a table this program wrote (its first line is '"
                                + abbreviate(h) + "', expected '" + header + "'); the run folder is damaged");
                    }
                    first = false;
                } else if (rowEpoch(line, len) >= epoch) {
                    return offset;
                }
                offset += len + 1;
            }
        }
    }

    /** The leading integer of a row; MAX_VALUE when it has none (a damaged row ends the covered part too). */
    private static int rowEpoch(byte[] line, int len) {
        long v = 0;
        int i = 0;
        while (i < len && line[i] >= '0' && line[i] <= '9' && i < 10) {
            v = v * 10 + (line[i] - '0');
            i++;
        }
        return i == 0 || i >= len || line[i] != ',' ? Integer.MAX_VALUE : (int) Math.min(v, Integer.MAX_VALUE);
    }

    static String abbreviate(String s) {
        String t = s.replaceAll("\\p{Cntrl}", "?");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
