package org.deepfreq.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.deepfreq.app.Backend;
import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.sweep.ClusterMember;
import org.deepfreq.sweep.LocalSlots;
import org.deepfreq.sweep.WorkerContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deepfreq worker}: a member that trains cells of any sweep on its cluster until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Join a named cluster and train cells of any sweep submitted to it with this machine's backend, "
                + "streaming every finished epoch (with its checkpoint) back to the submitter.",
            "Ctrl-C stops it; its cells resume elsewhere from their last finished epoch. A data set missing here fails "
                    + "that cell only. The community edition of Hazelcast has no TLS or authentication: run workers "
                    + "only on a trusted network, or reach them through an SSH tunnel or a VPN."})
final class WorkerCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--slots", paramLabel = "K", description = "cells trained at once (default: one per two cores)")
    Integer slots;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() throws InterruptedException {
        if (!cluster.named()) {
            throw new IllegalArgumentException("a worker needs --cluster HOST:PORT,... (every member, itself included)");
        }
        int k = slots != null ? slots : LocalSlots.byCores(Runtime.getRuntime().availableProcessors());
        if (k < 1) {
            throw new IllegalArgumentException("--slots must be at least 1, got " + k);
        }
        Path data = dataDir.orDefault();
        WorkerContext context = new WorkerContext(new DatasetDirectory(data), System.out);
        ClusterMember member = ClusterMember.join(cluster.spec(), k, context, System.out);
        System.out.printf(Locale.ROOT, "worker %s: %d slot(s), %s, data %s; Ctrl-C stops it%n", member.address(), k,
                Backend.describe(), data);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.stop();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            member.close();
        }, "worker-stop"));
        member.awaitShutdown();
        return 0;
    }
}
