package org.deepfreq.cli;

import java.util.concurrent.atomic.AtomicReference;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM while a command works: the first one asks the work to stop cleanly (a training run
 * abandons its unfinished epoch; its folder keeps every finished one), a second one exits at once (the run folder
 * is consistent at any instant). The exit code is 128 + the signal number: 130 for SIGINT, 143 for SIGTERM.
 */
final class StopSignals implements AutoCloseable {

    private static final String[] NAMES = {"INT", "TERM"};

    private final AtomicReference<Signal> received = new AtomicReference<>();
    private final SignalHandler[] previous = new SignalHandler[NAMES.length];

    private StopSignals(Runnable stop) {
        for (int i = 0; i < NAMES.length; i++) {
            previous[i] = Signal.handle(new Signal(NAMES[i]), s -> {
                if (!received.compareAndSet(null, s)) {
                    Runtime.getRuntime().halt(128 + s.getNumber());
                }
                stop.run();
            });
        }
    }

    /** Routes SIGINT and SIGTERM to {@code stop} until closed. */
    static StopSignals install(Runnable stop) {
        return new StopSignals(stop);
    }

    /** Whether a stop signal arrived. */
    boolean received() {
        return received.get() != null;
    }

    /** "SIGINT" or "SIGTERM"; null when none arrived. */
    String name() {
        Signal s = received.get();
        return s == null ? null : "SIG" + s.getName();
    }

    /** 128 + the signal's number (130 SIGINT, 143 SIGTERM), or {@code otherwise} when none arrived. */
    int exitCode(int otherwise) {
        Signal s = received.get();
        return s == null ? otherwise : 128 + s.getNumber();
    }

    @Override
    public void close() {
        for (int i = 0; i < NAMES.length; i++) {
            Signal.handle(new Signal(NAMES[i]), previous[i]);
        }
    }
}
