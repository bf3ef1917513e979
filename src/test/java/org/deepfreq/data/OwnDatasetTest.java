package org.deepfreq.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnDatasetTest {

    @TempDir
    Path dir;

    @Test
    void aPairIsARegressionSetAndTheNameHoldsAbsolutePaths() throws IOException {
        Path x = Files.writeString(dir.resolve("x.csv"), "0,1\n2,3\n4,5\n");
        Path y = Files.writeString(dir.resolve("y.csv"), "0.5\n-1.5\n2.25\n");
        String name = OwnDataset.name(java.util.List.of(dir.relativize(x), y));
        assertThat(name).isEqualTo("file:" + Path.of("").toAbsolutePath().resolve(dir.relativize(x)).normalize() + ","
                + y.toAbsolutePath());
        LabeledDataset d = Datasets.byName("file:" + x + "," + y).loader().load(null, 0, 1);
        assertThat(d.isClassification()).isFalse();
        assertThat(d.shape()).containsExactly(2);
        assertThat(d.features().data()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(d.targets().data()).containsExactly(0.5f, -1.5f, 2.25f);
    }

    @Test
    void oneFileGivesYInItsLastColumnAndOneHotYIsClassification() throws IOException {
        Path xy = Files.writeString(dir.resolve("data.csv"), "1,2,7\n3,4,8\n");
        LabeledDataset d = OwnDataset.load("file:" + xy);
        assertThat(d.features().data()).containsExactly(1, 2, 3, 4);
        assertThat(d.targets().data()).containsExactly(7, 8);

        Path x = Files.writeString(dir.resolve("x.csv"), "0\n1\n2\n3\n");
        Path hot = Files.writeString(dir.resolve("y.csv"), "0,0,1\n1,0,0\n0,1,0\n0,0,1\n");
        LabeledDataset c = OwnDataset.load("file:" + x + "," + hot);
        assertThat(c.isClassification()).isTrue();
        assertThat(c.labels()).containsExactly(2, 0, 1, 2);
        assertThat(c.classNames()).containsExactly("0", "1", "2");

        Path soft = Files.writeString(dir.resolve("soft.csv"), "0,1\n0.5,0.5\n1,0\n0,1\n");
        assertThat(OwnDataset.load("file:" + x + "," + soft).isClassification()).as("a row not one-hot").isFalse();
    }

    @Test
    void badFilesAreRefusedWithOneLineNamingTheProblem() throws IOException {
        Path x = Files.writeString(dir.resolve("x.csv"), "0\n1\n2\n");
        assertRefused(x, Files.writeString(dir.resolve("y-ragged.csv"), "1,2\n3\n4,5\n"), "line 2 has 1");
        assertRefused(x, Files.writeString(dir.resolve("y-nan.csv"), "1\nNaN\n3\n"), "y-nan.csv: row 2, column 1 is NaN,"
                + " not a finite number");
        assertRefused(x, Files.writeString(dir.resolve("y-short.csv"), "1\n2\n"), "X has 3 rows but Y has 2");
        assertRefused(x, Files.writeString(dir.resolve("y-text.csv"), "1\nabc\n3\n"), "line 2, column 1 is not a number");
        assertThatThrownBy(() -> OwnDataset.load("file:" + x)).hasMessageContaining("x.csv has one column");
        assertThatThrownBy(() -> OwnDataset.load("file:" + dir.resolve("gone.csv") + "," + x))
                .hasMessageContaining("file not found");
        assertThatThrownBy(() -> OwnDataset.paths("file:a,b,c")).hasMessageContaining("names 3 files");
        assertThatThrownBy(() -> OwnDataset.paths("file:a,")).hasMessageContaining("give file:X,Y");
    }

    @Test
    void aPinnedFileIsRefusedOnceOneByteChangesOrItIsGone() throws IOException {
        Path y = Files.writeString(dir.resolve("y.csv"), "1\n2\n3\n");
        DataFile pinned = DataFile.of(y);
        // printf '1\n2\n3\n' | sha256sum
        assertThat(pinned.sha256()).isEqualTo("14c5e74c4b96ccef41cd94db73a9ec3348038ac094feca4fd897cecffa07cdae");
        assertThat(pinned.path()).isEqualTo(y.toAbsolutePath().toString());
        pinned.requireUnchanged();
        Files.writeString(y, "1\n2\n4\n");
        assertThatThrownBy(pinned::requireUnchanged).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining(y.toAbsolutePath() + " changed since this run started")
                .hasMessageContaining("put the original file back to resume, or train a new run on the changed data");
        Files.delete(y);
        assertThatThrownBy(pinned::requireUnchanged).hasMessageContaining("is missing: put the file back");
    }

    private static void assertRefused(Path x, Path y, String message) {
        assertThatThrownBy(() -> OwnDataset.load("file:" + x + "," + y)).as(y.getFileName().toString())
                .isInstanceOf(InvalidDataException.class).hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
