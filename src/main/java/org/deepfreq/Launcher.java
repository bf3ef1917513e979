package org.deepfreq;

import org.deepfreq.app.BackendFailure;
import org.deepfreq.cli.DeepFreqCli;

/**
 * The jar's entry point. A plain class (not a JavaFX Application), so the classpath launch works:
 * with no arguments it opens the desktop app, with arguments it runs the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        OpenBlasKernel.choose(); // before anything loads ND4J's native libraries
        try {
            System.exit(DeepFreqCli.execute(args.length == 0 ? new String[] {"gui"} : args));
        } catch (OutOfMemoryError e) {
            System.err.println("deepfreq: error: out of memory (" + e.getMessage() + "): lower the sizes (train, width, "
                    + "samples, steps) or raise the heap, e.g. DEEPFREQ_JAVA_OPTS=-Xmx8g");
            System.exit(1);
        } catch (LinkageError e) {
            String message = BackendFailure.message(e);
            if (message == null) {
                throw e;
            }
            System.err.println("deepfreq: error: " + message);
            System.exit(1);
        }
    }
}
