package org.deepfreq.data;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Where {@code datasets prepare} can get a data set without its official download. */
public interface OfflineSource {

    /** What this source is and what it needs, for the message when nothing worked. */
    String describe();

    /** Whether {@link #prepare} can work on this machine now. */
    boolean available();

    /**
     * Puts the data set's files into {@code target}, reporting to {@code log}; returns the source's name for
     * {@link DatasetVerifier} (which checksums apply), or null when the source is not there.
     */
    String prepare(Path target, Consumer<String> log);

    /** No offline source; {@code why} says so. */
    static OfflineSource none(String why) {
        return new OfflineSource() {
            @Override
            public String describe() {
                return why;
            }

            @Override
            public boolean available() {
                return false;
            }

            @Override
            public String prepare(Path target, Consumer<String> log) {
                return null;
            }
        };
    }
}
