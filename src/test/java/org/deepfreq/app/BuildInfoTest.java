package org.deepfreq.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.deepfreq.results.Provenance;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    private static String pomProperty(String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as(name + " in pom.xml").isTrue();
        return m.group(1).strip();
    }

    @Test
    void libraryVersionsComeFromThePomThroughTheFilteredResource() throws IOException {
        assertThat(BuildInfo.versionOf("dl4j")).isEqualTo(pomProperty("dl4j.version"));
        assertThat(BuildInfo.versionOf("nd4j")).isEqualTo(pomProperty("dl4j.version"));
        assertThat(BuildInfo.versionOf("javafx")).isEqualTo(pomProperty("javafx.version"));
        assertThat(BuildInfo.versionOf("chartfx")).isEqualTo(pomProperty("chartfx.version"));
        Provenance p = Backend.provenance();
        assertThat(p.dl4j()).isEqualTo(pomProperty("dl4j.version"));
        assertThat(p.javafx()).isEqualTo(pomProperty("javafx.version"));
        assertThat(p.java()).isEqualTo(System.getProperty("java.version"));
        assertThat(p.sourceRevision()).isEqualTo(BuildInfo.revision());
    }
}
