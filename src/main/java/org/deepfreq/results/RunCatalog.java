package org.deepfreq.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.deepfreq.data.InvalidDataException;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.RunStatus;

/**
 * The run folders under a runs directory: listed newest first from their config.json and status.json (cheap, the
 * RDF tables are not read), renamed and deleted. A multi-seed folder ({@code train --seeds}: {@code seed-<s>/} run
 * folders and summary.csv) is listed as one entry. Other folders without config.json are not runs and are left alone.
 */
public final class RunCatalog {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,99}");

    private final Path runsDir;

    public RunCatalog(Path runsDir) {
        this.runsDir = runsDir;
    }

    /**
     * One listed run, or one multi-seed folder ({@code seeds} > 0: its seeds' common preset, network and data, the
     * first unfinished seed's status, the fewest epochs any seed holds, the newest change).
     */
    public record Summary(Path dir, String name, String preset, String network, String dataset, RunStatus status,
            int epochs, Instant modified, int seeds) {

        /** Whether this entry is a multi-seed folder rather than one run. */
        public boolean multiSeed() {
            return seeds > 0;
        }
    }

    /** Every readable run folder, newest first; unreadable ones are listed with status FAILED. */
    public List<Summary> list() {
        if (!Files.isDirectory(runsDir)) {
            return List.of();
        }
        List<Summary> out = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(runsDir, Files::isDirectory)) {
            for (Path d : dirs) {
                RunFolder f = new RunFolder(d);
                if (Files.isRegularFile(f.config())) {
                    out.add(summary(f));
                } else {
                    List<RunFolder> seeds = SeedSummary.seedFolders(d);
                    if (!seeds.isEmpty()) {
                        out.add(seedsSummary(d, seeds));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runsDir + ": " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(Summary::modified).reversed().thenComparing(Summary::name));
        return out;
    }

    private static Summary summary(RunFolder f) throws IOException {
        Instant modified = Files.getLastModifiedTime(f.config()).toInstant();
        String name = f.dir().getFileName().toString();
        try {
            ExperimentConfig c = RunFolderReader.config(f);
            RunFolderReader.StatusFile status = RunFolderReader.status(f);
            if (Files.isRegularFile(f.status())) {
                modified = Files.getLastModifiedTime(f.status()).toInstant();
            }
            return new Summary(f.dir(), name, c.preset(), c.network().label(), c.dataset(), status.status(),
                    status.epochs(), modified, 0);
        } catch (IOException | RuntimeException e) {
            return new Summary(f.dir(), name, "?", "unreadable: " + e.getMessage(), "?", RunStatus.FAILED, 0, modified,
                    0);
        }
    }

    private static Summary seedsSummary(Path dir, List<RunFolder> seeds) throws IOException {
        List<Summary> each = new ArrayList<>();
        for (RunFolder f : seeds) {
            each.add(summary(f));
        }
        Summary first = each.get(0);
        RunStatus status = each.stream().map(Summary::status).filter(st -> st != RunStatus.COMPLETED).findFirst()
                .orElse(RunStatus.COMPLETED);
        Instant modified = each.stream().map(Summary::modified).max(Comparator.naturalOrder()).orElseThrow();
        return new Summary(dir, dir.getFileName().toString(), first.preset(), first.network(), first.dataset(), status,
                each.stream().mapToInt(Summary::epochs).min().orElse(0), modified, each.size());
    }

    /** Renames a run folder within the runs directory; returns the new folder. */
    public Path rename(Path dir, String newName) {
        requireRun(dir);
        if (!NAME.matcher(newName).matches()) {
            throw new IllegalArgumentException("run name '" + newName + "' must be 1-100 letters, digits, '.', '_', "
                    + "'+' or '-', starting with a letter or digit");
        }
        Path target = dir.resolveSibling(newName);
        if (Files.exists(target)) {
            throw new IllegalArgumentException("a run named '" + newName + "' already exists: choose another name");
        }
        try {
            return Files.move(dir, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a run folder and everything in it. */
    public void delete(Path dir) {
        requireRun(dir);
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    private void requireRun(Path dir) {
        if (!Files.isRegularFile(new RunFolder(dir).config()) && !SeedSummary.isMultiSeed(dir)) {
            throw new InvalidDataException(dir + ": not a run folder (config.json missing)");
        }
        if (!dir.toAbsolutePath().normalize().getParent().equals(runsDir.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException(dir + " is not in the runs folder " + runsDir);
        }
    }
}
