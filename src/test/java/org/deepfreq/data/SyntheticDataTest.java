package org.deepfreq.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDataTest {

    @TempDir
    Path root;

    @Test
    void catalogServesExpressionsIn1dAndInDDimensions() {
        DatasetDirectory d = new DatasetDirectory(root);
        LabeledDataset one = d.load("expr:cos(3x)+cos(5x)", 1001, 0, 1).train();
        assertThat(one.features().cols()).isEqualTo(1);
        assertThat(one.targets().get(500, 0)).isCloseTo(2f, within(1e-6f));
        LabeledDataset three = d.load("expr3:cos(3x)", 200, 50, 7).train();
        assertThat(three.features().cols()).isEqualTo(3);
        assertThat(three.size()).isEqualTo(200);
        for (int i = 0; i < three.size(); i++) {
            double expected = 0;
            for (int j = 0; j < 3; j++) {
                expected += Math.cos(3 * three.features().get(i, j));
            }
            assertThat(three.targets().get(i, 0)).isCloseTo((float) expected, within(1e-5f));
        }
        assertThat(d.load("expr3:cos(3x)", 200, 50, 7).train().features())
                .isEqualTo(three.features());
    }

    @Test
    void cifarBinaryRecordsBecomeChannelFirstImagesInUnitRange() throws IOException {
        Path dir = Files.createDirectories(root.resolve("cifar10"));
        for (int b = 1; b <= 5; b++) {
            byte[] bytes = new byte[Cifar10Files.RECORD * 4];
            for (int r = 0; r < 4; r++) {
                int o = r * Cifar10Files.RECORD;
                bytes[o] = (byte) ((b + r) % 10);
                bytes[o + 1] = (byte) 255;          // red plane, pixel (0, 0)
                bytes[o + 1 + 1024] = (byte) 51;    // green plane, pixel (0, 0)
                bytes[o + 3072] = (byte) (b * 10 + r); // blue plane, last pixel
            }
            Files.write(dir.resolve("data_batch_" + b + ".bin"), bytes);
        }
        LabeledDataset all = Cifar10Files.readTraining(dir, 100);
        assertThat(all.size()).isEqualTo(20);
        assertThat(all.shape()).containsExactly(3, 32, 32);
        assertThat(all.labels()[0]).isEqualTo(1);
        assertThat(all.labels()[19]).isEqualTo((5 + 3) % 10);
        assertThat(all.features().get(0, 0)).isEqualTo(1f);
        assertThat(all.features().get(0, 1024)).isCloseTo(0.2f, within(1e-6f));
        assertThat(all.features().get(19, 3071)).isCloseTo(53 / 255f, within(1e-6f));
        TrainValidation tv = new DatasetDirectory(root).load("cifar10", 12, 8, 3);
        assertThat(tv.train().size()).isEqualTo(12);
        assertThat(tv.validation().size()).isEqualTo(8);
    }
}
