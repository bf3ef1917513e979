package org.deepfreq.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that run the RDF engine. */
final class ThreadOptions {

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all processors)")
    Integer threads;

    /** The worker threads asked for, or every available processor. */
    int workers() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
