package org.deepfreq.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application version, filtered into {@code version.properties} by the build, and its source revision. */
public final class BuildInfo {

    private static final String VERSION = load();
    private static final String REVISION = loadRevision();

    private BuildInfo() {
    }

    public static String version() {
        return VERSION;
    }

    /** The source revision the build was made from ({@code git describe --dirty}), or "unknown". */
    public static String revision() {
        return REVISION;
    }

    private static String loadRevision() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/deepfreq/revision.txt")) {
            if (in == null) {
                return "unknown";
            }
            String r = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return r.isEmpty() ? "unknown" : r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/deepfreq/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
