package org.deepfreq;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OpenBlasKernelTest {

    private static final Set<String> ZEN5 = Set.of("fpu", "sse2", "avx", "avx2", "fma", "avx512f", "avx512cd",
            "avx512bw", "avx512dq", "avx512vl", "avx512_bf16");
    static final String LAUNCHER_BLOCK_START = "# >>> OpenBLAS kernel and busy wait (org.deepfreq.OpenBlasKernel decides the same)";
    static final String LAUNCHER_BLOCK_END = "# <<< OpenBLAS";
    private static final Set<String> ZEN3 = Set.of("fpu", "sse2", "avx", "avx2", "fma");

    @Test
    void aCpuWithSkylakeXsAvx512SubsetGetsTheSkylakeXKernel() {
        assertThat(OpenBlasKernel.kernelFor(null, ZEN5)).isEqualTo("SkylakeX");
    }

    @Test
    void aCpuMissingOneOfTheFiveAvx512FeaturesKeepsOpenBlassOwnChoice() {
        assertThat(OpenBlasKernel.kernelFor(null, ZEN3)).isNull();
        for (String missing : OpenBlasKernel.SKYLAKE_X_FEATURES) {
            Set<String> flags = new java.util.HashSet<>(ZEN5);
            flags.remove(missing);
            assertThat(OpenBlasKernel.kernelFor("", flags)).as("without " + missing).isNull();
        }
    }

    @Test
    void theOverrideVariableNamesTheKernelOrKeepsTheEnvironments() {
        assertThat(OpenBlasKernel.kernelFor(" Haswell ", ZEN5)).isEqualTo("Haswell");
        assertThat(OpenBlasKernel.kernelFor("keep", ZEN5)).isNull();
        assertThat(OpenBlasKernel.kernelFor("KEEP", ZEN3)).isNull();
    }

    @Test
    void anEnvironmentAlreadyHoldingTheChoiceNeedsNoChange() {
        assertThat(OpenBlasKernel.alreadySet(Map.of("OPENBLAS_THREAD_TIMEOUT", "4", "OPENBLAS_CORETYPE", "SkylakeX"),
                "SkylakeX")).isTrue();
        assertThat(OpenBlasKernel.alreadySet(Map.of("OPENBLAS_THREAD_TIMEOUT", "9"), null)).isTrue();
        assertThat(OpenBlasKernel.alreadySet(Map.of("OPENBLAS_CORETYPE", "SkylakeX"), "SkylakeX"))
                .as("no busy-wait setting").isFalse();
        assertThat(OpenBlasKernel.alreadySet(Map.of("OPENBLAS_THREAD_TIMEOUT", "4", "OPENBLAS_CORETYPE", "Haswell"),
                "SkylakeX")).as("another kernel").isFalse();
        assertThat(OpenBlasKernel.alreadySet(Map.of("OPENBLAS_THREAD_TIMEOUT", "4", "OPENBLAS_CORETYPE", "SkylakeX",
                "OPENBLAS_L2_SIZE", "1024"), "SkylakeX")).as("the forced kernel's cache size still set").isFalse();
    }

    @Test
    void theLauncherSetsWhatTheJavaSideWouldChoose() throws Exception {
        Path script = Files.createTempFile("openblas-env", ".sh");
        // the launcher's lines up to the JVM start, then print what it exported
        java.util.List<String> lines = Files.readAllLines(Path.of("deepfreq"));
        int from = lines.indexOf(OpenBlasKernelTest.LAUNCHER_BLOCK_START);
        int to = lines.indexOf(OpenBlasKernelTest.LAUNCHER_BLOCK_END);
        assertThat(from).as("the launcher's OpenBLAS block").isPositive();
        Files.write(script, lines.subList(from, to + 1));
        Files.writeString(script, "\necho \"$OPENBLAS_THREAD_TIMEOUT ${OPENBLAS_CORETYPE:-none} ${OPENBLAS_L2_SIZE:-unset}\"\n",
                java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString());
        pb.environment().remove("OPENBLAS_THREAD_TIMEOUT");
        pb.environment().remove("DEEPFREQ_OPENBLAS_CORETYPE");
        pb.environment().put("OPENBLAS_CORETYPE", "Haswell");
        pb.environment().put("OPENBLAS_L2_SIZE", "1024");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertThat(p.waitFor()).isZero();
        Files.delete(script);

        String core = OpenBlasKernel.kernelFor(null, OpenBlasKernel.cpuFlags());
        assertThat(out).isEqualTo(core == null ? "4 Haswell 1024" : "4 " + core + " unset");
    }

    @Test
    void cpuFlagsAreReadAsWordsOfTheFlagsLine() {
        Set<String> flags = OpenBlasKernel.cpuFlags();
        // on Linux x86-64 every CPU has SSE2; elsewhere the set is empty and nothing is chosen
        assertThat(flags.isEmpty() || flags.contains("sse2")).as(flags.toString()).isTrue();
        assertThat(flags).noneMatch(f -> f.contains(" ") || f.contains(":"));
    }
}
