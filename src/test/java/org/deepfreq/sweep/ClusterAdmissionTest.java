package org.deepfreq.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may join: a member that is not on the others' --cluster list leaves at once and trains nothing, a member with
 * another secret (so another cluster name) never meets the workers, and so neither can submit a sweep to them.
 */
class ClusterAdmissionTest {

    @TempDir
    Path dir;

    @Test
    void membersOutsideTheListOrWithAnotherSecretCannotJoinOrSubmit() throws IOException, InterruptedException {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "admission-secret-" + System.nanoTime());
        Path otherSecret = dir.resolve("other-secret");
        Files.writeString(otherSecret, "another-secret-" + System.nanoTime());
        int workerPort = WorkerProcess.freePort();
        int submitterPort = WorkerProcess.freePort();
        int intruderPort = WorkerProcess.freePort();
        String worker = "127.0.0.1:" + workerPort;
        String list = worker + ",127.0.0.1:" + submitterPort;
        String intruder = "127.0.0.1:" + intruderPort;
        try (WorkerProcess w = WorkerProcess.start(dir.resolve("worker.log"), "worker", "--cluster", list, "--port",
                "" + workerPort, "--slots", "1", "--secret-file", secret.toString())) {
            assertThat(w.awaitOutput("worker " + worker + ": 1 slot(s)", Duration.ofSeconds(60))).as(w.output()).isTrue();

            // the right secret but not on the worker's list: it meets the worker, sees it is not listed, and leaves;
            // on the list but with another secret: another cluster name, so the worker is never found
            try (WorkerProcess unlisted = WorkerProcess.start(dir.resolve("unlisted.log"), "sweep", "--preset",
                    "depth-1d-demo", "--set", "depth=1", "--set", "epochs=2", "--out", dir.resolve("s1").toString(),
                    "--cluster", list + "," + intruder, "--port", "" + intruderPort, "--secret-file", secret.toString(),
                    "--wait-workers", "10");
                    WorkerProcess stranger = WorkerProcess.start(dir.resolve("stranger.log"), "sweep", "--preset",
                    "depth-1d-demo", "--set", "depth=1", "--set", "epochs=2", "--out", dir.resolve("s2").toString(),
                    "--cluster", list, "--port", "" + submitterPort, "--secret-file", otherSecret.toString(),
                    "--wait-workers", "5")) {
                assertThat(unlisted.process().waitFor(90, TimeUnit.SECONDS)).isTrue();
                assertThat(unlisted.process().exitValue()).as(unlisted.output()).isEqualTo(2);
                assertThat(unlisted.output()).contains("member " + worker + " does not list this member (" + intruder + ")");
                assertThat(stranger.process().waitFor(90, TimeUnit.SECONDS)).isTrue();
                assertThat(stranger.process().exitValue()).as(stranger.output()).isEqualTo(2);
                assertThat(stranger.output()).contains("no worker of this cluster (" + list + ") joined within 5 s");
            }
            assertThat(w.awaitOutput("cluster: ignoring member " + intruder + ": not in --cluster",
                    Duration.ofSeconds(5))).as(w.output()).isTrue();
            assertThat(w.output()).doesNotContain("127.0.0.1:" + submitterPort + " (submitter)")
                    .doesNotContain("cell depth1");
            assertThat(dir.resolve("s1").resolve("sweep.json")).doesNotExist();
            assertThat(w.process().isAlive()).isTrue();
        }
    }
}
