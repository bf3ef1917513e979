package org.deepfreq;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringTokenizer;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Chooses the CPU kernel of the OpenBLAS that ND4J bundles, before ND4J loads it. That OpenBLAS (0.3.19) predates
 * AMD's Zen 4 and Zen 5: left to itself it falls back to its oldest x86-64 kernel ("Barcelona") there, and a machine-wide
 * {@code OPENBLAS_CORETYPE=Haswell} (set for other programs' OpenBLAS builds) forces its AVX2 kernel. On a CPU with the
 * AVX-512 subset of Intel's Skylake-X this process asks for the SkylakeX kernel instead, as a current OpenBLAS (numpy's)
 * picks by itself on the same CPU; the machine's {@code OPENBLAS_L2_SIZE}, meant for the forced kernel, is dropped with it.
 * {@code DEEPFREQ_OPENBLAS_CORETYPE} overrides the choice (a kernel name, or {@code keep} for the environment's).
 * It also shortens how long OpenBLAS's worker threads wait busily for the next call ({@value #TIMEOUT_VARIABLE}, 2^n
 * cycles; default 2^28, about 0.1 s) unless the environment sets it: between the GEMMs of a training step or an RDF
 * block the Java code works on both cores, and a spinning OpenBLAS worker took one of them.
 * Only native code reads these variables, so they are set through the C library; where that is impossible nothing
 * changes.
 */
final class OpenBlasKernel {

    static final String VARIABLE = "OPENBLAS_CORETYPE";
    static final String OVERRIDE = "DEEPFREQ_OPENBLAS_CORETYPE";
    static final String TIMEOUT_VARIABLE = "OPENBLAS_THREAD_TIMEOUT";
    /** The shortest busy wait OpenBLAS allows (2^4 cycles): its workers sleep right after each call. */
    static final String SHORT_TIMEOUT = "4";
    /** The CPU features OpenBLAS's SkylakeX kernels use (AVX-512 Foundation, CD, BW, DQ, VL). */
    static final Set<String> SKYLAKE_X_FEATURES = Set.of("avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl");
    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

    private OpenBlasKernel() {
    }

    /** The C library's environment functions. */
    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);

        int unsetenv(String name);
    }

    /**
     * Sets the kernel and the workers' busy wait for this process; call before anything loads ND4J. Never fails. Where
     * the environment already holds them (the {@code deepfreq} launcher sets them the same way), JNA is not even loaded:
     * that took about a tenth of a second of every command.
     */
    static void choose() {
        String core = kernelFor(System.getenv(OVERRIDE), cpuFlags());
        if (alreadySet(System.getenv(), core)) {
            return;
        }
        try {
            LibC libc = Native.loadLibrary("c", LibC.class);
            libc.setenv(TIMEOUT_VARIABLE, SHORT_TIMEOUT, 0);
            if (core != null) {
                libc.setenv(VARIABLE, core, 1);
                libc.unsetenv("OPENBLAS_L2_SIZE");
            }
        } catch (LinkageError | RuntimeException e) {
            // no C library reachable: OpenBLAS chooses as it would have
        }
    }

    /** Whether {@code env} already has what {@link #choose()} would set for {@code core} (null: the kernel is kept). */
    static boolean alreadySet(Map<String, String> env, String core) {
        return env.containsKey(TIMEOUT_VARIABLE)
                && (core == null || core.equals(env.get(VARIABLE)) && !env.containsKey("OPENBLAS_L2_SIZE"));
    }

    /**
     * The kernel to ask for, or null to leave the environment as it is.
     *
     * @param override the value of {@value #OVERRIDE}, or null
     * @param flags the CPU's feature flags as /proc/cpuinfo names them (empty where unknown)
     */
    static String kernelFor(String override, Set<String> flags) {
        if (override != null && !override.isBlank()) {
            return override.strip().equalsIgnoreCase("keep") ? null : override.strip();
        }
        return flags.containsAll(SKYLAKE_X_FEATURES) ? "SkylakeX" : null;
    }

    /** The first processor's feature flags from /proc/cpuinfo; empty where it cannot be read. */
    static Set<String> cpuFlags() {
        // plain loops: the process's first stream, lambda or regular expression costs milliseconds, and this runs
        // before the RDF warm-up starts
        try (BufferedReader in = Files.newBufferedReader(CPU_INFO, StandardCharsets.US_ASCII)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("flags")) {
                    Set<String> flags = new HashSet<>();
                    StringTokenizer words = new StringTokenizer(line.substring(line.indexOf(':') + 1));
                    while (words.hasMoreTokens()) {
                        flags.add(words.nextToken());
                    }
                    return flags;
                }
            }
            return Set.of();
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }
}
