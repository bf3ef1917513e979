package org.deepfreq.app;

/**
 * Turns ND4J's failure to start a backend (an {@code ExceptionInInitializerError} wrapping
 * {@code NoAvailableBackendException}, or an {@code UnsatisfiedLinkError} of a native library) into one line
 * that names the problem and the fix. Other errors are not backend failures.
 */
public final class BackendFailure {

    private BackendFailure() {
    }

    /** The one-line message when {@code error} is a backend failure, otherwise null. */
    public static String message(Throwable error) {
        String links = null;
        boolean noBackend = false;
        for (Throwable t = error; t != null; t = t.getCause()) {
            noBackend |= t.getClass().getSimpleName().equals("NoAvailableBackendException");
            if (t instanceof UnsatisfiedLinkError && links == null) {
                links = t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (!noBackend && links == null) {
            return null;
        }
        boolean cuda = links != null && links.contains("cuda") || cudaOnClasspath();
        String why = links == null ? "" : " (" + (links.contains(": ") ? links.substring(links.indexOf(": ") + 2)
                : links) + ")";
        return cuda
                ? "the ND4J CUDA backend could not start" + why + ": this build (mvn -Pcuda) needs an NVIDIA GPU with "
                        + "its driver and CUDA 11.6; on a machine without one, build the CPU version with "
                        + "'mvn -B -DskipTests package'"
                : "the ND4J CPU backend could not start" + why + ": it needs Linux, macOS or Windows on x86_64 "
                        + "with AVX2 (see Troubleshooting in README.md), or rebuild for this platform with "
                        + "-Djavacpp.platform=...";
    }

    private static boolean cudaOnClasspath() {
        try {
            Class.forName("org.nd4j.linalg.jcublas.JCublasBackend", false, BackendFailure.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
