package org.deepfreq.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.io.IoReasons;
import org.deepfreq.io.FaultInjection;
import org.deepfreq.data.InvalidDataException;

/**
 * checkpoint.zip, the commit point of a run folder: the network with its optimiser state (DL4J's model zip), plus
 * the entries {@code deepfreq-epoch} (the epoch it holds) and {@code deepfreq-<table>} (that epoch's rows of every
 * table). It is written first in an epoch, to a temporary file that is forced to disk and then renamed over the old
 * one, so it always holds one whole epoch; the tables are brought in line with it on resume (see docs/design.md).
 * A run without a network (rdf-sin) gets a checkpoint with the record only.
 */
public final class Checkpoint {

    static final String PREFIX = "deepfreq-"; // flat names: DL4J refuses a zip with folder entries
    static final String EPOCH = PREFIX + "epoch";
    /** An entry every DL4J model zip has. */
    private static final String MODEL_ENTRY = "configuration.json";

    /** What a checkpoint holds besides the network: its epoch, that epoch's table rows, whether a network is in it. */
    public record Contents(int epoch, Map<String, String> rows, boolean hasNetwork) {
    }

    private Checkpoint() {
    }

    /**
     * Writes the checkpoint of {@code epoch} atomically: the network {@code saver} writes into a file (null: the
     * network of the current checkpoint, if any), plus the record. The network's entries are copied as they are
     * (compressed); the record's entries, an epoch's rows that change every epoch, are stored uncompressed: deflating
     * them took a 1-D run most of its checkpoint time (docs/performance.md). The file is written with seeking, so every
     * entry's sizes are in its local header, which DL4J's {@code ZipInputStream} needs for a stored entry.
     */
    static void write(RunFolder folder, java.util.function.Consumer<Path> saver, int epoch, Map<String, String> rows) {
        Path tmp = folder.dir().resolve(".checkpoint.zip.tmp");
        Path network = folder.dir().resolve(".checkpoint-network.zip.tmp");
        AtomicFiles.track(tmp);
        AtomicFiles.track(network);
        try {
            AtomicFiles.requireReplaceable(folder.checkpoint());
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(network);
            FaultInjection.step("checkpoint network");
            Path source = null;
            if (saver != null) {
                saver.accept(network);
                source = network;
            } else if (Files.isRegularFile(folder.checkpoint())) {
                source = folder.checkpoint();
            }
            FaultInjection.step("checkpoint record");
            Map<String, String> record = new LinkedHashMap<>();
            record.put(EPOCH, Integer.toString(epoch));
            rows.forEach((table, text) -> record.put(PREFIX + table, text));
            try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(tmp.toFile())) {
                if (source != null) {
                    copyAllBut(source, record.keySet(), out);
                }
                for (Map.Entry<String, String> e : record.entrySet()) {
                    stored(out, e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
            Files.deleteIfExists(network);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            FaultInjection.step("checkpoint rename");
            AtomicFiles.move(tmp, folder.checkpoint());
        } catch (IOException e) {
            AtomicFiles.deleteQuietly(tmp);
            AtomicFiles.deleteQuietly(network);
            throw new UncheckedIOException("cannot write " + folder.checkpoint() + ": " + IoReasons.of(e), e);
        } catch (RuntimeException e) {
            AtomicFiles.deleteQuietly(tmp);
            AtomicFiles.deleteQuietly(network);
            throw e;
        } finally {
            AtomicFiles.done(tmp);
            AtomicFiles.done(network);
        }
    }

    /** Copies every entry of the zip {@code source} not named in {@code replaced} into {@code out}, still compressed. */
    private static void copyAllBut(Path source, java.util.Set<String> replaced, ZipArchiveOutputStream out)
            throws IOException {
        try (org.apache.commons.compress.archivers.zip.ZipFile in =
                new org.apache.commons.compress.archivers.zip.ZipFile(source.toFile())) {
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry e = entries.nextElement();
                if (!replaced.contains(e.getName())) {
                    try (var raw = in.getRawInputStream(e)) {
                        out.addRawArchiveEntry(e, raw);
                    }
                }
            }
        }
    }

    private static void stored(ZipArchiveOutputStream out, String name, byte[] bytes) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        out.putArchiveEntry(e);
        out.write(bytes);
        out.closeArchiveEntry();
    }

    /**
     * The contents of the folder's checkpoint; empty when there is none. A checkpoint written before checkpoints
     * recorded their epoch gives epoch -1. A file that is not a zip is refused with one line.
     */
    public static Optional<Contents> read(RunFolder folder) {
        Path file = folder.checkpoint();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry epochEntry = zip.getEntry(EPOCH);
            boolean model = zip.getEntry(MODEL_ENTRY) != null;
            if (epochEntry == null) {
                if (!model) {
                    throw damaged(file, "it holds neither a network nor an epoch");
                }
                return Optional.of(new Contents(-1, Map.of(), true));
            }
            int epoch = Integer.parseInt(text(zip, epochEntry).trim());
            Map<String, String> rows = new LinkedHashMap<>();
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().startsWith(PREFIX) && !e.getName().equals(EPOCH) && !e.isDirectory()) {
                    rows.put(e.getName().substring(PREFIX.length()), text(zip, e));
                }
            }
            return Optional.of(new Contents(epoch, rows, model));
        } catch (ZipException | NumberFormatException e) {
            throw damaged(file, "not a readable checkpoint: " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot be read (" + IoReasons.of(e) + ")", e);
        }
    }

    private static InvalidDataException damaged(Path file, String why) {
        return new InvalidDataException(file + ": the checkpoint is damaged (" + why + "); the run cannot resume from "
                + "it: start the run again in a new folder");
    }

    private static String text(ZipFile zip, ZipEntry e) throws IOException {
        try (var in = zip.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
