package org.deepfreq.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deepfreq.experiment.EpochCallback;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.FourierSpectrum;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.RunEvent;
import org.deepfreq.experiment.RunListener;
import org.deepfreq.io.AtomicFiles;
import org.deepfreq.model.SplitNetwork;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import tech.tablesaw.api.Table;

/**
 * Keeps a run folder consistent after every epoch: rewrites metrics.csv, rdf.csv and peaks.csv and the
 * checkpoint atomically (temporary file, then move), so a crash or cancel leaves all finished epochs.
 * A re-measured epoch (new RDF settings while paused) replaces that epoch's rows.
 */
public final class RunFolderWriter implements EpochCallback, RunListener {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final RunFolder folder;
    private final List<EpochResult> epochs;
    private final List<FourierSpectrum> spectra = new ArrayList<>();

    /** Starts a new folder (or continues one, with its earlier epochs) and writes config.json with provenance. */
    public RunFolderWriter(RunFolder folder, ExperimentConfig config, Map<String, Object> provenance,
            List<EpochResult> earlier) {
        this.folder = folder;
        this.epochs = new ArrayList<>(earlier);
        if (!earlier.isEmpty()) {
            int last = earlier.get(earlier.size() - 1).epoch();
            RunFolderReader.spectra(folder).stream().filter(s -> s.epoch() <= last).forEach(spectra::add);
        }
        try {
            Files.createDirectories(folder.dir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create run folder " + folder.dir() + ": " + e.getMessage(), e);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("config", config);
        root.put("provenance", provenance);
        try {
            AtomicFiles.writeString(folder.config(), JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.config() + ": " + e.getMessage(), e);
        }
    }

    public RunFolder folder() {
        return folder;
    }

    @Override
    public synchronized void epochFinished(EpochResult result, SplitNetwork network) {
        record(result, network == null ? null : network::save);
    }

    /**
     * An epoch trained in another process (a sweep's worker): its tables, and its checkpoint from the bytes of the
     * {@code checkpoint.zip} the worker saved (null: keep the current one).
     */
    public synchronized void epochReceived(EpochResult result, byte[] checkpoint) {
        record(result, checkpoint == null ? null : tmp -> {
            try {
                Files.write(tmp, checkpoint);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + tmp + ": " + e.getMessage(), e);
            }
        });
    }

    private void record(EpochResult result, java.util.function.Consumer<Path> checkpointSaver) {
        epochs.removeIf(e -> e.epoch() == result.epoch());
        epochs.add(result);
        epochs.sort(java.util.Comparator.comparingInt(EpochResult::epoch));
        writeTable(folder.metrics(), RunTables.metrics(epochs));
        writeTable(folder.rdf(), RunTables.rdf(epochs));
        writeTable(folder.peaks(), RunTables.peaks(epochs));
        if (checkpointSaver != null) {
            writeCheckpoint(checkpointSaver, result.epoch());
        }
    }

    @Override
    public void onEvent(RunEvent event) {
        if (event instanceof RunEvent.SpectrumMeasured m) {
            writeSpectrum(m.spectrum());
            writeTable(folder.fit(), RunTables.fit(m.fit()));
        }
        if (event instanceof RunEvent.StatusChanged s) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("status", s.status());
            status.put("message", s.message());
            synchronized (this) {
                status.put("epochs", epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch());
            }
            try {
                AtomicFiles.writeString(folder.status(), JSON.writeValueAsString(status) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
    }

    /** spectrum.csv (epoch, k, target, output): the F-Principle view of 1-D runs, one block per epoch. */
    private synchronized void writeSpectrum(FourierSpectrum s) {
        spectra.removeIf(old -> old.epoch() == s.epoch());
        spectra.add(s);
        spectra.sort(java.util.Comparator.comparingInt(FourierSpectrum::epoch));
        writeTable(folder.spectrum(), RunTables.spectra(spectra));
    }

    private static void writeTable(Path file, Table table) {
        AtomicFiles.write(file, out -> table.write().csv(out));
    }

    private void writeCheckpoint(java.util.function.Consumer<Path> saver, int epoch) {
        Path tmp = folder.dir().resolve(".checkpoint-" + epoch + ".tmp");
        saver.accept(tmp);
        try {
            Files.move(tmp, folder.checkpoint(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move checkpoint into " + folder.dir() + ": " + e.getMessage(), e);
        }
    }
}
