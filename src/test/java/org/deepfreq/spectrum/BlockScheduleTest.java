package org.deepfreq.spectrum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockScheduleTest {

    @ParameterizedTest(name = "{0} tiles, band {1}..{2}")
    @CsvSource({"5,0,5", "8,0,8", "1,0,1", "7,2,5"})
    void everyPairOfTilesIsOneBlock(int tiles, int from, int to) {
        List<BlockSchedule.Block> blocks = new BlockSchedule(tiles, from, to).blocks();

        int band = to - from;
        assertThat(blocks).hasSize(band * (band + 1) / 2 + band * (tiles - band));
        Set<String> pairs = new HashSet<>();
        for (BlockSchedule.Block b : blocks) {
            assertThat(b.rows()).isBetween(from, to - 1); // rows always belong to the band
            assertThat(b.mirrored()).isEqualTo(b.rows() != b.columns() && b.columns() >= from && b.columns() < to);
            int low = Math.min(b.rows(), b.columns());
            int high = Math.max(b.rows(), b.columns());
            assertThat(pairs.add(low + "," + high)).as("pair %d,%d once", low, high).isTrue();
            assertThat(b.index()).isEqualTo(blocks.indexOf(b));
        }
    }

    @Test
    void handsOutOnlyBlocksWhoseTilesAreFreeAndInOrder() throws InterruptedException {
        BlockSchedule schedule = new BlockSchedule(5, 0, 5);
        BlockSchedule.Block first = schedule.next();
        BlockSchedule.Block second = schedule.next();

        assertThat(first.index()).isZero();
        assertThat(new HashSet<>(List.of(second.rows(), second.columns()))).doesNotContain(first.rows(), first.columns());

        schedule.finished(first);
        schedule.finished(second);
        int handed = 2;
        for (BlockSchedule.Block b = schedule.next(); b != null; b = schedule.next()) {
            schedule.finished(b);
            handed++;
        }
        assertThat(handed).isEqualTo(15);
    }

    @Test
    void reportsTheTilesABlockCompletes() throws InterruptedException {
        BlockSchedule schedule = new BlockSchedule(2, 0, 2); // (0,0), (1,1), then the pair (0,1)
        assertThat(schedule.finished(schedule.next())).isEmpty();
        assertThat(schedule.finished(schedule.next())).isEmpty();
        BlockSchedule.Block pair = schedule.next();
        assertThat(pair.mirrored()).isTrue();
        assertThat(schedule.finished(pair)).containsExactly(0, 1);
        assertThat(schedule.next()).isNull();
    }

    @Test
    void abortMakesNextReturnNull() throws InterruptedException {
        BlockSchedule schedule = new BlockSchedule(3, 0, 3);
        schedule.abort();
        assertThat(schedule.next()).isNull();
    }
}
