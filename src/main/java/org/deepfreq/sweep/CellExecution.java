package org.deepfreq.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.deepfreq.app.Backend;
import org.deepfreq.app.RunFactory;
import org.deepfreq.data.TrainValidation;
import org.deepfreq.experiment.EpochResult;
import org.deepfreq.experiment.ExperimentConfig;
import org.deepfreq.experiment.RunEvent;
import org.deepfreq.experiment.RunService;
import org.deepfreq.experiment.RunStatus;
import org.deepfreq.experiment.TrainingRun;
import org.deepfreq.model.Networks;
import org.deepfreq.model.SplitNetwork;
import org.deepfreq.spectrum.RdfEngine;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

/**
 * A cell trained on the member that received it: the data set from this machine, the network fresh or from the
 * checkpoint that came with the task, every finished epoch (with the checkpoint after it) published to the sweep's
 * topic. It stops when its submitter leaves the cluster or the worker stops; a missing data set fails this cell only.
 */
final class CellExecution {

    private final CellTask task;
    private final HazelcastInstance hz;
    private final WorkerContext context;
    private final String me;

    CellExecution(CellTask task, HazelcastInstance hz) {
        this.task = task;
        this.hz = hz;
        this.context = (WorkerContext) hz.getUserContext().get(WorkerContext.KEY);
        this.me = ClusterMember.address(hz.getCluster().getLocalMember());
    }

    CellOutcome run() {
        if (context == null || context.stopping()) {
            return CellOutcome.retry("member " + me + " does not train cells now", -1);
        }
        UUID submitterId = UUID.fromString(task.submitter);
        Member submitter = hz.getCluster().getMembers().stream().filter(m -> m.getUuid().equals(submitterId))
                .findFirst().orElse(null);
        if (submitter == null) {
            return CellOutcome.retry("the submitter left before the cell started", -1);
        }
        String allowed = hz.getCluster().getLocalMember().getAttribute(ClusterMember.MEMBERS_ATTRIBUTE);
        if (allowed != null && !List.of(allowed.split(",")).contains(ClusterMember.address(submitter))) {
            context.log().println("worker " + me + ": refused cell " + task.cell + " from "
                    + ClusterMember.address(submitter) + ": not in --cluster");
            return CellOutcome.failed("member " + me + " refuses cells from " + ClusterMember.address(submitter)
                    + ", which is not in its --cluster list", -1);
        }
        ExperimentConfig config = ExperimentConfig.fromJson(task.configJson);
        EpochResult last = task.lastEpochJson == null ? null : EpochJson.epoch(task.lastEpochJson);
        int lastEpoch = last == null ? -1 : last.epoch();
        TrainValidation data;
        SplitNetwork network;
        try {
            config.requireDataUnchanged(); // the submitter's own data files: this member must hold the same bytes
            data = context.catalog().load(config.dataset(), config.trainSize(), config.validationSize(), config.seed());
            int[] shape = data.train().shape();
            int outputs = data.train().targetMatrix().cols();
            RunFactory.MemoryEstimate.check(config, shape, outputs);
            network = task.checkpoint == null
                    ? Networks.create(config.network(), shape, outputs, config.learningRateAt(1), config.seed())
                    : restore(config, shape);
        } catch (RuntimeException e) {
            context.log().println("worker " + me + ": cell " + task.cell + " failed: " + e.getMessage());
            return CellOutcome.failed("on member " + me + ": " + e.getMessage(), lastEpoch);
        }
        return train(config, data, network, last);
    }

    private CellOutcome train(ExperimentConfig config, TrainValidation data, SplitNetwork network, EpochResult last) {
        ITopic<CellMessage> topic = hz.getTopic(CellTask.topic(task.sweep));
        String provenance = Backend.provenance().toJson();
        AtomicReference<String> message = new AtomicReference<>("");
        AtomicReference<Integer> lastEpoch = new AtomicReference<>(last == null ? -1 : last.epoch());
        TrainingRun run = new TrainingRun(config, data, network, RdfEngine.withDefaults(), (result, net) -> {
            topic.publish(new CellMessage.Epoch(task.sweep, task.cell, task.attempt, me, EpochJson.write(result),
                    checkpointBytes(net), provenance));
            lastEpoch.set(result.epoch());
        }, last == null ? List.of() : List.of(last));
        run.addListener(event -> {
            if (event instanceof RunEvent.SpectrumMeasured s) {
                topic.publish(new CellMessage.Spectrum(task.sweep, task.cell, task.attempt,
                        EpochJson.write(s.spectrum()), EpochJson.write(s.fit())));
            } else if (event instanceof RunEvent.StatusChanged s && s.status().isTerminal()) {
                message.set(s.message());
            }
        });
        UUID submitterId = UUID.fromString(task.submitter);
        UUID registration = hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // only departures matter
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                if (event.getMember().getUuid().equals(submitterId)) {
                    run.cancel();
                }
            }
        });
        context.log().println(String.format(Locale.ROOT, "worker %s: cell %s (attempt %d) from epoch %d", me,
                task.cell, task.attempt, lastEpoch.get() + 1));
        context.started(run);
        try {
            RunService.runToCompletion(run, Duration.ofSeconds(1), () -> {
                if (hz.getCluster().getMembers().stream().noneMatch(m -> m.getUuid().equals(submitterId))) {
                    run.cancel();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the run was cancelled and has recorded its finished epochs
        } finally {
            context.ended(run);
            hz.getCluster().removeMembershipListener(registration);
        }
        RunStatus status = run.status();
        context.log().println(String.format(Locale.ROOT, "worker %s: cell %s %s after epoch %d", me, task.cell,
                status.name().toLowerCase(Locale.ROOT), lastEpoch.get()));
        if (status == RunStatus.CANCELLED) {
            return CellOutcome.retry("stopped on member " + me + " after epoch " + lastEpoch.get(), lastEpoch.get());
        }
        return new CellOutcome(status.name(), message.get(), lastEpoch.get(), false);
    }

    private SplitNetwork restore(ExperimentConfig config, int[] shape) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("deepfreq-cell-", ".zip");
            Files.write(tmp, task.checkpoint);
            return Networks.load(config.network(), tmp, shape);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore the cell's checkpoint: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static byte[] checkpointBytes(SplitNetwork network) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("deepfreq-cell-", ".zip");
            network.save(tmp);
            return Files.readAllBytes(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the cell's checkpoint: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file in the system's temp folder
            }
        }
    }
}
