package org.deepfreq.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The application version and the versions of the libraries it computes with, filtered into
 * {@code version.properties} from the pom's properties by the build, and the source revision.
 */
public final class BuildInfo {

    private static final Properties VERSIONS = load();
    private static final String REVISION = loadRevision();

    private BuildInfo() {
    }

    public static String version() {
        return versionOf("version");
    }

    /** A version the build recorded: "version" (this application), "dl4j", "nd4j", "javafx", "chartfx". */
    public static String versionOf(String key) {
        return VERSIONS.getProperty(key, "unknown");
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

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/deepfreq/version.properties")) {
            if (in != null) {
                p.load(in);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
