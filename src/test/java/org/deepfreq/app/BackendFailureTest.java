package org.deepfreq.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A backend that cannot start is one line naming the problem and the fix; other errors are not. */
class BackendFailureTest {

    /** Stands in for ND4J's exception of the same simple name. */
    static final class NoAvailableBackendException extends Exception {
        NoAvailableBackendException() {
            super("Please ensure that you have an nd4j backend on your classpath.");
        }
    }

    @Test
    void aMissingCudaDriverNamesTheLibraryAndTheCpuBuild() {
        Throwable e = new ExceptionInInitializerError(new RuntimeException(new NoAvailableBackendException()));
        e.addSuppressed(new IllegalStateException());
        Throwable withLink = new ExceptionInInitializerError(new RuntimeException(new UnsatisfiedLinkError(
                "/root/.javacpp/cache/cuda-11.6-8.3-1.5.7-linux-x86_64.jar/org/bytedeco/cuda/linux-x86_64/"
                        + "libjnicudart.so: libcuda.so.1: cannot open shared object file: No such file or directory")));
        assertThat(BackendFailure.message(withLink)).startsWith("the ND4J CUDA backend could not start (libcuda.so.1: "
                + "cannot open shared object file: No such file or directory): this build (mvn -Pcuda) needs an NVIDIA GPU")
                .contains("'mvn -B -DskipTests package'");
        assertThat(BackendFailure.message(e)).startsWith("the ND4J CPU backend could not start: it needs");
    }

    @Test
    void otherErrorsAreNotBackendFailures() {
        assertThat(BackendFailure.message(new NoClassDefFoundError("com/example/Missing"))).isNull();
        assertThat(BackendFailure.message(new ExceptionInInitializerError(new ArithmeticException()))).isNull();
    }
}
