package org.deepfreq.cli;

import org.deepfreq.app.BuildInfo;

import picocli.CommandLine;

/** Prints the application version and the ND4J backend it was built with. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"DeepFreq Studio " + BuildInfo.version(), "Java " + System.getProperty("java.version")};
    }
}
