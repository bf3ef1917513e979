package org.deepfreq.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@code deepfreq worker} (or any other command) in a JVM of its own, its output in a file, for cluster tests. */
final class WorkerProcess implements AutoCloseable {

    private final Process process;
    private final Path output;

    private WorkerProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code deepfreq <args>} with this test's classpath, a small heap and passive OpenMP threads. */
    static WorkerProcess start(Path output, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dorg.bytedeco.javacpp.maxphysicalbytes=2g",
                // short-lived test JVMs on a busy machine: the client compiler and serial GC start fastest
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "org.deepfreq.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        pb.environment().remove(ClusterSecret.ENVIRONMENT);
        try {
            return new WorkerProcess(pb.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the output contains {@code text}; false when the time ran out or the process ended first. */
    boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (output().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return output().contains(text);
            }
            Thread.sleep(100);
        }
        return false;
    }

    String output() {
        try {
            return Files.exists(output) ? Files.readString(output) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Process process() {
        return process;
    }

    /** SIGKILL: no shutdown hook runs, the member vanishes mid-cell. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    /** A port nothing listens on now (another test run may take it later; tests use fresh ones each time). */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
