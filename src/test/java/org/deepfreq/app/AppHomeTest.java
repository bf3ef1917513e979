package org.deepfreq.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppHomeTest {

    private final String saved = System.getProperty("deepfreq.home");

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty("deepfreq.home");
        } else {
            System.setProperty("deepfreq.home", saved);
        }
    }

    @Test
    void checkoutLauncherUsesTheCheckoutFolders() {
        System.setProperty("deepfreq.home", "/tmp/checkout");
        assertThat(AppHome.datasets()).isEqualTo(Path.of("/tmp/checkout/datasets"));
        assertThat(AppHome.runs()).isEqualTo(Path.of("/tmp/checkout/runs"));
    }

    @Test
    void installedAppUsesTheUsersHomeNeverTheInstallFolder() {
        System.clearProperty("deepfreq.home");
        Path home = Path.of(System.getProperty("user.home"), ".deepfreq");
        assertThat(AppHome.datasets()).isEqualTo(home.resolve("datasets"));
        assertThat(AppHome.runs()).isEqualTo(home.resolve("runs"));
    }
}
