package org.deepfreq.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on a sweep folder for one submitter: a second {@code sweep} with the same {@code --out} is refused
 * while the first runs. The operating system releases it when the process dies, so a crash never leaves it stale.
 */
final class SweepLock implements AutoCloseable {

    static final String NAME = "sweep.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private SweepLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static SweepLock acquire(Path dir) {
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalArgumentException(dir + " is in use by another running sweep: wait for it, stop it, "
                        + "or choose another --out");
            }
            return new SweepLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the sweep folder " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release " + NAME + ": " + e.getMessage(), e);
        }
    }
}
