package org.deepfreq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class OpenBlasKernelTest {

    private static final Set<String> ZEN5 = Set.of("fpu", "sse2", "avx", "avx2", "fma", "avx512f", "avx512cd",
            "avx512bw", "avx512dq", "avx512vl", "avx512_bf16");
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
    void cpuFlagsAreReadAsWordsOfTheFlagsLine() {
        Set<String> flags = OpenBlasKernel.cpuFlags();
        // on Linux x86-64 every CPU has SSE2; elsewhere the set is empty and nothing is chosen
        assertThat(flags.isEmpty() || flags.contains("sse2")).as(flags.toString()).isTrue();
        assertThat(flags).noneMatch(f -> f.contains(" ") || f.contains(":"));
    }
}
