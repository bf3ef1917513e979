package org.deepfreq.spectrum;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Switches ND4J's BLAS to one thread while the engine's own workers use the cores, and restores
 * the previous setting afterwards. Nested BLAS threads under two workers made the engine 1.7× slower
 * on a 2-core machine (measured with {@code deepfreq bench rdf}).
 */
final class NativeThreads {

    private static final Object LOCK = new Object();
    private static int users;
    private static int savedBlasThreads;
    private static int savedOpThreads;

    private NativeThreads() {
    }

    /** Enters single-threaded BLAS; pair every call with {@link #release()}. */
    static void acquireSingle() {
        synchronized (LOCK) {
            if (users++ == 0) {
                savedBlasThreads = Nd4j.factory().blas().getMaxThreads();
                Nd4j.factory().blas().setMaxThreads(1);
                savedOpThreads = Nd4j.getEnvironment().maxThreads();
                Nd4j.getEnvironment().setMaxThreads(1);
            }
        }
    }

    static void release() {
        synchronized (LOCK) {
            if (--users == 0) {
                Nd4j.factory().blas().setMaxThreads(savedBlasThreads);
                Nd4j.getEnvironment().setMaxThreads(savedOpThreads);
            }
        }
    }
}
