package org.deepfreq.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetDirectoryTest {

    @TempDir
    Path root;

    /** Writes n 28×28 images whose pixel (i, 0) is i and labels i % 10, in the exact IDX formats. */
    static void writeMnist(Path dir, int n, boolean gzip, int labelCount) throws IOException {
        Files.createDirectories(dir);
        ByteArrayOutputStream images = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(images);
        d.writeInt(0x803);
        d.writeInt(n);
        d.writeInt(28);
        d.writeInt(28);
        for (int i = 0; i < n; i++) {
            byte[] px = new byte[784];
            px[0] = (byte) i;
            px[783] = (byte) 255;
            d.write(px);
        }
        ByteArrayOutputStream labels = new ByteArrayOutputStream();
        DataOutputStream l = new DataOutputStream(labels);
        l.writeInt(0x801);
        l.writeInt(labelCount);
        for (int i = 0; i < labelCount; i++) {
            l.writeByte(i % 10);
        }
        String ext = gzip ? ".gz" : "";
        write(dir.resolve("train-images-idx3-ubyte" + ext), images.toByteArray(), gzip);
        write(dir.resolve("train-labels-idx1-ubyte" + ext), labels.toByteArray(), gzip);
    }

    private static void write(Path file, byte[] bytes, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }

    @Test
    void readsPlainAndGzipIdxWithShapesPixelsAndLabels() throws IOException {
        writeMnist(root.resolve("mnist"), 100, false, 100);
        writeMnist(root.resolve("fashion-mnist"), 100, true, 100);
        for (String name : new String[] {"mnist", "fashion-mnist"}) {
            TrainValidation tv = new DatasetDirectory(root).load(name, 60, 20, 5);
            assertThat(tv.train().size()).isEqualTo(60);
            assertThat(tv.validation().size()).isEqualTo(20);
            assertThat(tv.train().shape()).containsExactly(1, 28, 28);
            LabeledDataset t = tv.train();
            for (int i = 0; i < t.size(); i++) {
                int original = Math.round(t.features().get(i, 0) * 255);
                assertThat(t.labels()[i]).isEqualTo(original % 10);
                assertThat(t.features().get(i, 783)).isEqualTo(1f);
            }
            int[] perClass = new int[10];
            Arrays.stream(t.labels()).forEach(c -> perClass[c]++);
            assertThat(perClass).containsOnly(6);
        }
    }

    @Test
    void splitIsSeededAndDisjoint() throws IOException {
        writeMnist(root.resolve("mnist"), 100, false, 100);
        DatasetDirectory d = new DatasetDirectory(root);
        TrainValidation a = d.load("mnist", 50, 30, 9);
        TrainValidation b = d.load("mnist", 50, 30, 9);
        TrainValidation c = d.load("mnist", 50, 30, 10);
        assertThat(a.train().features()).isEqualTo(b.train().features());
        assertThat(a.train().features()).isNotEqualTo(c.train().features());
        java.util.Set<Float> trainIds = new java.util.HashSet<>();
        for (int i = 0; i < 50; i++) {
            trainIds.add(a.train().features().get(i, 0));
        }
        for (int i = 0; i < 30; i++) {
            assertThat(trainIds).doesNotContain(a.validation().features().get(i, 0));
        }
    }

    @Test
    void syntheticTargetsAreExact() {
        TrainValidation tv = new DatasetDirectory(root).load("cos3x+cos5x", 1001, 0, 1);
        LabeledDataset s = tv.train();
        assertThat(s.features().get(0, 0)).isCloseTo((float) -Math.PI, within(1e-6f));
        assertThat(s.targets().get(500, 0)).isCloseTo(2f, within(1e-6f));
        assertThat(new DatasetDirectory(root).load("sin3pix", 10, 0, 1).train().targets().cols()).isEqualTo(1);
    }

    @Test
    void aCorruptGzipStreamIsDetectedEvenWhenOnlyItsFirstImagesAreUsed() throws IOException {
        writeMnist(root.resolve("mnist"), 100, true, 100);
        Path images = root.resolve("mnist/train-images-idx3-ubyte.gz");
        byte[] gz = Files.readAllBytes(images);
        for (int i = gz.length - 8; i < gz.length - 4; i++) {
            gz[i] ^= 0x5A; // the CRC32 of the trailer: only reading to the end notices
        }
        Files.write(images, gz);
        assertThatThrownBy(() -> new DatasetDirectory(root).load("mnist", 10, 0, 1))
                .hasMessageContaining("train-images-idx3-ubyte.gz: the gzip data is corrupt")
                .hasMessageContaining("datasets verify");
    }

    @Test
    void badFilesGiveMessagesNamingTheFileAndTheProblem() throws IOException {
        DatasetDirectory d = new DatasetDirectory(root);
        assertThatThrownBy(() -> d.load("mnist", 10, 0, 1)).hasMessageContaining("data set folder not found")
                .hasMessageContaining("datasets prepare mnist");
        writeMnist(root.resolve("mnist"), 20, false, 19);
        assertThatThrownBy(() -> d.load("mnist", 10, 0, 1)).hasMessageContaining("20 images but 19 labels");
        writeMnist(root.resolve("mnist"), 20, false, 20);
        Path images = root.resolve("mnist/train-images-idx3-ubyte");
        Files.write(images, Arrays.copyOf(Files.readAllBytes(images), 16 + 784 * 5));
        assertThatThrownBy(() -> d.load("mnist", 10, 0, 1)).hasMessageContaining("truncated");
        Files.write(root.resolve("mnist/train-images-idx3-ubyte"), new byte[] {0, 0, 8, 1, 0, 0, 0, 0});
        assertThatThrownBy(() -> d.load("mnist", 10, 0, 1)).hasMessageContaining("wrong magic number 0x801");
        assertThatThrownBy(() -> d.load("cifar-100", 10, 0, 1)).hasMessageContaining("unknown data set 'cifar-100'");
        writeMnist(root.resolve("mnist"), 20, false, 20);
        assertThatThrownBy(() -> d.load("mnist", 15, 10, 1)).hasMessageContaining("has 20 examples, fewer than");
    }
}
