package org.deepfreq.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.deepfreq.io.IoReasons;

/**
 * A file a run trained on, pinned by its content: the absolute path and the SHA-256 of its bytes, saved in the run's
 * config so that a resumed run can tell whether it still trains on the same data.
 *
 * @param path   absolute, normalised path
 * @param sha256 SHA-256 of the file's bytes, lower-case hex
 */
public record DataFile(String path, String sha256) {

    /** The file as it is now; one line when it cannot be read. */
    public static DataFile of(Path file) {
        Path p = file.toAbsolutePath().normalize();
        return new DataFile(p.toString(), sha256(p));
    }

    /** Refuses with one line, naming the file and what to do, when it is missing or its content changed. */
    public void requireUnchanged() {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            throw new InvalidDataException(path + " (this run's data, recorded in config.json) is missing: put the "
                    + "file back at that path to resume, or train a new run");
        }
        String now = sha256(p);
        if (!now.equals(sha256)) {
            throw new InvalidDataException(path + " changed since this run started (SHA-256 " + sha256.substring(0, 12)
                    + "… in config.json, now " + now.substring(0, 12) + "…): put the original file back to resume, or "
                    + "train a new run on the changed data");
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file + ": file not found; check the path", e);
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot be read (" + IoReasons.of(e) + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
