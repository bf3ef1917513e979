package org.deepfreq.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The shared secret of a named cluster. Every worker and submitter is given the same one; the Hazelcast cluster name
 * is derived from it, so members with another secret never form one cluster with these.
 */
public final class ClusterSecret {

    /** The environment variable read when no secret file is given. */
    public static final String ENVIRONMENT = "DEEPFREQ_CLUSTER_SECRET";
    /** How to make and hand out a secret, for error messages and docs. */
    public static final String HOW_TO = "create one with 'head -c 32 /dev/urandom | base64 > ~/.deepfreq-cluster-secret"
            + " && chmod 600 ~/.deepfreq-cluster-secret', copy it to every machine of the cluster and pass "
            + "--secret-file ~/.deepfreq-cluster-secret (or set " + ENVIRONMENT + ")";
    private static final int MIN_LENGTH = 16;

    private final String value;

    private ClusterSecret(String value) {
        this.value = value;
    }

    /** The secret from {@code file}, or else from the environment; an error saying how to make one if neither has it. */
    public static ClusterSecret resolve(Path file, String environmentValue) {
        String text;
        if (file != null) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the cluster secret file " + file + " (" + e.getMessage()
                        + "): " + HOW_TO, e);
            }
        } else if (environmentValue != null && !environmentValue.isBlank()) {
            text = environmentValue.strip();
        } else {
            throw new IllegalArgumentException("a named cluster needs a shared secret: " + HOW_TO);
        }
        if (text.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the cluster secret has " + text.length() + " characters, fewer than "
                    + MIN_LENGTH + ": " + HOW_TO);
        }
        return new ClusterSecret(text);
    }

    /** Reads the secret as the command line does: {@code --secret-file}, else {@code DEEPFREQ_CLUSTER_SECRET}. */
    public static ClusterSecret resolve(Path file) {
        return resolve(file, System.getenv(ENVIRONMENT));
    }

    /** {@code deepfreq-} and the first 24 hex digits of SHA-256 over the secret: the same on every member. */
    public String clusterName() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("deepfreq-cluster\n" + value).getBytes(StandardCharsets.UTF_8));
            return "deepfreq-" + HexFormat.of().formatHex(digest).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "ClusterSecret[" + clusterName() + "]";
    }
}
