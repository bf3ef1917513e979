package org.deepfreq.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSecretTest {

    @TempDir
    Path dir;

    @Test
    void theClusterNameIsAHashOfTheSecretSoOnlyEqualSecretsShareIt() throws IOException, NoSuchAlgorithmException {
        Path file = dir.resolve("secret");
        Files.writeString(file, "correct horse battery staple\n");
        ClusterSecret fromFile = ClusterSecret.resolve(file, null);
        ClusterSecret fromEnv = ClusterSecret.resolve(null, "correct horse battery staple");
        String expected = "deepfreq-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("deepfreq-cluster\ncorrect horse battery staple".getBytes(StandardCharsets.UTF_8)))
                .substring(0, 24);
        assertThat(fromFile.clusterName()).isEqualTo(expected).isEqualTo(fromEnv.clusterName());
        assertThat(ClusterSecret.resolve(null, "correct horse battery stapler").clusterName()).isNotEqualTo(expected);
        assertThat(fromFile.toString()).doesNotContain("horse");
    }

    @Test
    void aMissingOrShortSecretIsRefusedWithHowToMakeOne() {
        assertThatThrownBy(() -> ClusterSecret.resolve(null, null))
                .hasMessageContaining("needs a shared secret").hasMessageContaining("head -c 32 /dev/urandom");
        assertThatThrownBy(() -> ClusterSecret.resolve(null, "short")).hasMessageContaining("fewer than 16");
        assertThatThrownBy(() -> ClusterSecret.resolve(dir.resolve("absent"), null))
                .hasMessageContaining("cannot read the cluster secret file");
    }
}
