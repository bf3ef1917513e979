package org.deepfreq.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An exclusive lock on a folder that one process writes (a run folder, a sweep folder): an operating-system lock on
 * the file {@code .lock} in it, which also names the holder's PID. The operating system releases it when the holder
 * exits, however it exits (SIGKILL included), so a stale {@code .lock} file never blocks anyone; the file itself
 * stays. A second writer gets one line naming the holder.
 */
public final class FolderLock implements AutoCloseable {

    /** The lock file's name inside the locked folder. */
    public static final String FILE = ".lock";

    private final Path dir;
    /** The lock on the whole {@code .lock} file; its channel is closed with it. */
    private final FileLock lock;

    private FolderLock(Path dir, FileLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /**
     * Locks {@code dir} (created if missing) or throws {@link FolderBusyException} naming the process holding it.
     *
     * @param what what the folder is, for the message ("run folder", "sweep folder")
     */
    public static FolderLock acquire(Path dir, String what) {
        Path file = dir.resolve(FILE);
        FileChannel ch = null;
        try {
            Files.createDirectories(dir);
            AtomicFiles.requireReplaceable(file);
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
                ch.close();
                ch = null;
                throw new FolderBusyException(dir + ": this " + what + " is already being written by this program "
                        + "(another run in the same window): wait for it to end, or choose another folder");
            }
            if (l == null) {
                String holder = holder(ch);
                ch.close();
                ch = null;
                throw new FolderBusyException(dir + ": this " + what + " is being written by another process ("
                        + holder + "): wait for it to finish, or stop it first; two writers would corrupt it");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", since " + Instant.now() + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            FolderLock lock = new FolderLock(dir, l);
            ch = null;
            return lock;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + what + " " + dir + ": " + IoReasons.of(e), e);
        } finally {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // the lock was not taken
                }
            }
        }
    }

    private static String holder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(200);
        ch.read(buf, 0);
        String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).trim();
        return text.isEmpty() ? "PID unknown" : text.replace("pid ", "PID ");
    }

    public Path dir() {
        return dir;
    }

    /** Releases the lock; the {@code .lock} file stays (deleting it could let two writers lock different files). */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            lock.channel().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + dir + ": " + IoReasons.of(e), e);
        }
    }

    /** Another writer holds the folder. */
    public static final class FolderBusyException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        FolderBusyException(String message) {
            super(message);
        }
    }
}
