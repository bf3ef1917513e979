package org.deepfreq.sweep;

import java.util.List;

/**
 * The only classes Java deserialisation accepts from other members (Hazelcast's serialisation filter, defaults
 * off): the cell task, its outcome, the messages of the epoch stream, and byte arrays (checkpoints). Their fields are
 * strings, numbers and byte arrays; epochs travel as JSON text.
 */
final class WireClasses {

    static final List<String> NAMES = List.of(CellTask.class.getName(), CellOutcome.class.getName(),
            CellMessage.Epoch.class.getName(), CellMessage.Spectrum.class.getName(), "[B");

    private WireClasses() {
    }
}
