package org.deepfreq.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files atomically: content goes to a temporary file in the same folder, is forced to disk, and is moved over
 * the target only when complete. A failed or interrupted write leaves no partial file (temporary files of a write cut
 * short by Ctrl-C or SIGTERM are removed on the way out). Only regular files are replaced: a device, a symbolic link
 * or a folder at the target is refused, never turned into a regular file.
 */
public final class AtomicFiles {

    /** Writes the content of one output stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteInProgress, "atomic-files-cleanup"));
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Writer writer) {
        write(target, writer, true);
    }

    /**
     * The same; with {@code durable} false the content is not forced to disk before the move (a kill still leaves the
     * old or the new file; a power cut may leave an empty one): for files rewritten often that can be rebuilt.
     */
    public static void write(Path target, Writer writer, boolean durable) {
        requireReplaceable(target);
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            requireFolderPath(dir);
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            IN_PROGRESS.add(tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = java.nio.channels.Channels.newOutputStream(ch);
                writer.writeTo(out);
                out.flush();
                if (durable) {
                    ch.force(true);
                }
            }
            FaultInjection.step("atomic-move " + target.getFileName());
            move(tmp, target);
            IN_PROGRESS.remove(tmp);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + IoReasons.of(e), e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
                IN_PROGRESS.remove(tmp);
            }
        }
    }

    /** Writes UTF-8 text. */
    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Moves a finished temporary file over {@code target}, atomically where the file system can. */
    public static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Refuses a target that exists and is not a regular file (a device such as /dev/null, a symbolic link, a folder,
     * a pipe): replacing it would destroy it.
     */
    public static void requireReplaceable(Path target) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            String kind = Files.isSymbolicLink(target) ? "a symbolic link" : Files.isDirectory(target) ? "a folder"
                    : "a device or special file";
            throw new IllegalArgumentException(target + " is " + kind + ", not a regular file: it is never replaced; "
                    + "give the path of a regular file" + (kind.startsWith("a device") ? " (or omit --out for stdout)" : ""));
        }
    }

    /**
     * Checks before any work that {@code target} can be written: it is absent or a regular file, and no folder on its
     * path is a file. Throws with one line naming the reason.
     */
    public static void checkTarget(Path target) {
        requireReplaceable(target);
        try {
            requireFolderPath(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + IoReasons.of(e), e);
        }
    }

    private static void requireFolderPath(Path dir) throws IOException {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new java.nio.file.NotDirectoryException(p.toString());
            }
        }
    }

    public static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: temporary files are hidden and never read
        }
    }

    private static void deleteInProgress() {
        IN_PROGRESS.forEach(AtomicFiles::deleteQuietly);
    }

    /** Registers a temporary file that a Ctrl-C or SIGTERM exit must delete; {@link #done(Path)} forgets it. */
    public static void track(Path tmp) {
        IN_PROGRESS.add(tmp);
    }

    public static void done(Path tmp) {
        IN_PROGRESS.remove(tmp);
    }
}
