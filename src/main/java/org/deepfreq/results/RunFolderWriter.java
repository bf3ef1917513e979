package org.deepfreq.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.io.IoReasons;
import org.deepfreq.io.FolderLock;
import org.deepfreq.data.InvalidDataException;
import org.deepfreq.experiment.EpochCallback;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.OneDimensionalFit;
import org.deepfreq.experiment.RunEvent;
import org.deepfreq.experiment.RunListener;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.model.SplitNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes a run folder so that a kill at any instant leaves a consistent folder (the scheme is in docs/design.md):
 * the writer holds the folder's {@link FolderLock}; after every epoch it first writes checkpoint.zip atomically with
 * the network, the epoch number and that epoch's table rows, then appends those rows to metrics.csv, rdf.csv,
 * peaks.csv, spectrum.csv and fprinciple.csv, replaces fit.csv, and updates status.json. Opening a folder to continue
 * it cuts every table back to the checkpoint's epoch. A re-measured epoch (new RDF settings while paused) replaces its own rows.
 */
public final class RunFolderWriter implements EpochCallback, RunListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunFolderWriter.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RunFolder folder;
    private final FolderLock lock;
    private final Map<String, RunTableFile> tables = new LinkedHashMap<>();
    private RunStatus status = RunStatus.READY;
    private String message = "";
    private int lastEpoch = -1;

    /**
     * Starts a new run folder, or continues one after {@code earlier} (the epochs {@link RunFolderReader} read from it,
     * up to its checkpoint's epoch), and writes config.json with the provenance. Refuses a folder another process
     * writes, and a non-empty folder that is not a run.
     */
    public RunFolderWriter(RunFolder folder, ExperimentConfig config, Provenance provenance,
            List<EpochResult> earlier) {
        this(folder, config, provenance, earlier, lockRunOrEmpty(folder));
    }

    /** The same with the folder's lock already held (taken before the folder was read); closes it on failure. */
    public RunFolderWriter(RunFolder folder, ExperimentConfig config, Provenance provenance,
            List<EpochResult> earlier, FolderLock lock) {
        this.folder = folder;
        this.lock = lock;
        try {
            EpochRows.APPENDED.forEach((name, header) -> tables.put(name, new RunTableFile(folder.dir().resolve(name),
                    header)));
            deleteTemporaryFiles();
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("config", config);
            root.put("provenance", provenance);
            AtomicFiles.writeString(folder.config(), JSON.writeValueAsString(root) + "\n");
            restoreTables(earlier);
        } catch (IOException | RuntimeException e) {
            lock.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot prepare run folder " + folder.dir() + ": " + IoReasons.of(io), io);
            }
            throw (RuntimeException) e;
        }
    }

    /**
     * Locks a run folder for writing. A folder that exists must be empty (new run) or hold a run (config.json): a
     * user's folder is never written into.
     */
    public static FolderLock lockRunOrEmpty(RunFolder folder) {
        requireRunOrEmpty(folder);
        return FolderLock.acquire(folder.dir(), "run folder");
    }

    private static void requireRunOrEmpty(RunFolder folder) {
        Path dir = folder.dir();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidDataException(dir + " is a file, not a folder: choose a folder path for the run");
        }
        if (!Files.isDirectory(dir) || Files.isRegularFile(folder.config())) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> !p.getFileName().toString().equals(FolderLock.FILE))) {
            if (entries.iterator().hasNext()) {
                throw new InvalidDataException(dir + " is not empty and is not a run folder (no config.json): its files "
                        + "are never overwritten; choose a new or empty folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + IoReasons.of(e), e);
        }
    }

    /**
     * Removes temporary files a killed writer left: ours (.checkpoint.zip.tmp, .checkpoint-network.zip.tmp,
     * .status.json…tmp) and, from folders written by versions that added the checkpoint's record through the zip file
     * system, its {@code zipfstmp…tmp}.
     */
    private void deleteTemporaryFiles() throws IOException {
        try (DirectoryStream<Path> tmp = Files.newDirectoryStream(folder.dir(), "{.*.tmp,zipfstmp*.tmp}")) {
            for (Path p : tmp) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Cuts every table back to the checkpoint's epoch and restores that epoch's rows from the checkpoint. */
    private void restoreTables(List<EpochResult> earlier) throws IOException {
        RunFolderReader.Committed c = RunFolderReader.committed(folder, RunFolderReader.status(folder));
        if (earlier.isEmpty()) {
            for (RunTableFile t : tables.values()) {
                t.restore(0, "");
            }
            return;
        }
        lastEpoch = earlier.get(earlier.size() - 1).epoch();
        if (c.checkpoint() != null && c.checkpoint().epoch() < 0) {
            return; // written before checkpoints recorded their epoch: its tables are taken as they are
        }
        if (c.lastEpoch() != lastEpoch) {
            throw new InvalidDataException(folder.dir() + ": the epochs given (last " + lastEpoch + ") are not the "
                    + "checkpoint's (" + c.lastEpoch() + "); open the folder with RunFolderReader first");
        }
        for (Map.Entry<String, RunTableFile> t : tables.entrySet()) {
            t.getValue().restore(lastEpoch, c.rows().getOrDefault(t.getKey(), ""));
        }
        String fit = c.rows().get(EpochRows.FIT);
        if (fit != null) {
            AtomicFiles.writeString(folder.fit(), fit);
        }
    }

    public RunFolder folder() {
        return folder;
    }

    @Override
    public void epochFinished(EpochResult result, SplitNetwork network) {
        epochFinished(result, null, null, network);
    }

    @Override
    public synchronized void epochFinished(EpochResult result, OneDimensionalFit fit, FourierSpectrum spectrum,
            SplitNetwork network) {
        commit(result.epoch(), EpochRows.of(result, fit, spectrum), network == null ? null : network::save);
    }

    /**
     * An epoch trained in another process (a sweep's worker): its tables, and its checkpoint from the bytes of the
     * {@code checkpoint.zip} the worker saved (null: keep the current network).
     */
    public synchronized void epochReceived(EpochResult result, byte[] checkpoint) {
        commit(result.epoch(), EpochRows.of(result, null, null), checkpoint == null ? null : tmp -> {
            try {
                Files.write(tmp, checkpoint);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + tmp + ": " + IoReasons.of(e), e);
            }
        });
    }

    /** Rows of the epoch committed last (to add a spectrum that arrives after its epoch). */
    private Map<String, String> lastRows = Map.of();

    /**
     * Commits one epoch: the checkpoint first (the network {@code saver} writes, or the current one when null), then
     * the tables, fit.csv and status.json.
     */
    private void commit(int epoch, Map<String, String> rows, java.util.function.Consumer<Path> saver) {
        Checkpoint.write(folder, saver, epoch, rows);
        lastRows = rows;
        try {
            for (Map.Entry<String, RunTableFile> t : tables.entrySet()) {
                t.getValue().write(epoch, rows.getOrDefault(t.getKey(), ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + folder.dir() + ": " + IoReasons.of(e), e);
        }
        if (rows.containsKey(EpochRows.FIT)) {
            AtomicFiles.write(folder.fit(), out -> out.write(rows.get(EpochRows.FIT).getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), false); // the checkpoint holds it too
        }
        lastEpoch = epoch;
        writeStatus();
    }

    @Override
    public void onEvent(RunEvent event) {
        if (event instanceof RunEvent.SpectrumMeasured m) {
            addSpectrum(m.fit());
        }
        if (event instanceof RunEvent.StatusChanged s) {
            synchronized (this) {
                status = s.status();
                message = s.message();
                try {
                    writeStatus();
                } catch (RuntimeException e) {
                    // a full disk must not hide how the run ended: the folder stays consistent, the CLI reports it
                    LOG.debug("status.json not written", e);
                }
            }
            if (s.status().isTerminal()) {
                close();
            }
        }
    }

    /** A 1-D fit that arrives after its epoch was committed (a sweep's worker sends it separately). */
    private synchronized void addSpectrum(OneDimensionalFit fit) {
        if (fit.epoch() != lastEpoch || lastRows.containsKey(EpochRows.FIT)) {
            return;
        }
        Map<String, String> rows = new LinkedHashMap<>(lastRows);
        Map<String, String> withFit = EpochRows.of(new EpochResult(fit.epoch(), 0, 0, 0, 0, 0, 0, List.of()), fit,
                fit.spectrum());
        rows.put(EpochRows.SPECTRUM, withFit.get(EpochRows.SPECTRUM));
        rows.put(EpochRows.FPRINCIPLE, withFit.get(EpochRows.FPRINCIPLE));
        rows.put(EpochRows.FIT, withFit.get(EpochRows.FIT));
        commit(lastEpoch, rows, null);
    }

    /** status.json: status, message and the last epoch the folder holds (-1: none yet). */
    private void writeStatus() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", status);
        s.put("message", message);
        s.put("epochs", lastEpoch);
        try {
            byte[] json = (JSON.writeValueAsString(s) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            AtomicFiles.write(folder.status(), out -> out.write(json), status.isTerminal());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.status() + ": " + IoReasons.of(e), e);
        }
    }

    /** Releases the folder's lock (also done when the run reaches a terminal status). */
    @Override
    public void close() {
        lock.close();
    }
}
