package org.deepfreq.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deepfreq.sweep.ClusterSecret;
import org.deepfreq.sweep.ClusterSpec;

import picocli.CommandLine.Option;

/** The options that name a cluster, shared by {@code sweep} and {@code worker}. */
final class ClusterOptions {

    @Option(names = "--cluster", paramLabel = "HOST:PORT,...", split = ",",
            description = "every member of the cluster (workers and submitters), the same list on each; "
                    + "members not on it are ignored")
    List<String> members = new ArrayList<>();

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "address to listen on (default 127.0.0.1: this "
            + "machine only); another machine's workers need this machine's address on a trusted network")
    String bind;

    @Option(names = "--port", paramLabel = "P", description = "port to listen on (default: the first free port of "
            + "--cluster on the --bind address)")
    Integer port;

    @Option(names = "--secret-file", paramLabel = "FILE", description = "the cluster's shared secret (default: the "
            + "environment variable " + ClusterSecret.ENVIRONMENT + "); the cluster name is derived from it")
    Path secretFile;

    boolean named() {
        return !members.isEmpty();
    }

    ClusterSpec spec() {
        return new ClusterSpec(ClusterSpec.parseList(members), bind, port, ClusterSecret.resolve(secretFile));
    }

    String description() {
        return String.join(",", ClusterSpec.parseList(members));
    }
}
