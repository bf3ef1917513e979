package org.deepfreq.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Serializable;

import org.junit.jupiter.api.Test;

import com.hazelcast.map.IMap;
import com.hazelcast.nio.serialization.HazelcastSerializationException;

class SerializationFilterTest {

    /** A harmless Serializable class of another package's kind: not on the allow-list, so never deserialised. */
    record Foreign(String text) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void onlyTheProjectsWireClassesAreDeserialised() {
        try (ClusterMember member = ClusterMember.embedded(1, null, new PrintStream(new ByteArrayOutputStream()))) {
            IMap<String, Object> map = member.hazelcast().getMap("filter-test");
            map.put("outcome", new CellOutcome("COMPLETED", "finished 3 epochs", 3, false));
            map.put("bytes", new CellMessage.Epoch("s", "c", 1, "127.0.0.1:1", "{}", new byte[] {1, 2, 3}, "{}"));
            map.put("foreign", new Foreign("gadget"));
            assertThat(map.get("outcome")).isEqualTo(new CellOutcome("COMPLETED", "finished 3 epochs", 3, false));
            assertThat(((CellMessage.Epoch) map.get("bytes")).checkpoint()).containsExactly(1, 2, 3);
            assertThatThrownBy(() -> map.get("foreign")).isInstanceOf(HazelcastSerializationException.class)
                    .hasStackTraceContaining("is not allowed");
        }
    }
}
