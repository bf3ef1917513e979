package org.deepfreq.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * The reason of a failed file operation in words a user can act on ("permission denied", "disk full"), where the
 * JDK's message is often just the path.
 */
public final class IoReasons {

    private IoReasons() {
    }

    /** A short reason with its fix, e.g. {@code "disk full: free space and retry"}. */
    public static String of(IOException e) {
        String os = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        String lower = os == null ? "" : os.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota")) {
            return "disk full (" + os + "): free space, then retry";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
            return "permission denied: check the permissions of the file and its folders, or choose another location";
        }
        if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
            return "not a directory: " + (e instanceof NotDirectoryException n && n.getFile() != null ? n.getFile()
                    : "a part of the path") + " is a file";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: check the path";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        if (lower.contains("read-only file system")) {
            return "read-only file system: choose a writable location";
        }
        return os == null || os.isBlank() ? e.getClass().getSimpleName() : os;
    }
}
