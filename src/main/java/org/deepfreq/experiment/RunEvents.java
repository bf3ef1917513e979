package org.deepfreq.experiment;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A run's listeners: each event goes to every listener in order; a failing listener is logged and skipped. */
final class RunEvents {

    private static final Logger LOG = LoggerFactory.getLogger(RunEvents.class);

    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();

    void add(RunListener listener) {
        listeners.add(listener);
    }

    void publish(RunEvent event) {
        for (RunListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("run listener failed on {}", event, e);
            }
        }
    }
}
