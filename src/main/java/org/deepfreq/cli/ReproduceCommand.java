package org.deepfreq.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.deepfreq.data.DatasetDirectory;
import org.deepfreq.reproduce.ClaimResult;
import org.deepfreq.reproduce.FigureRenderer;
import org.deepfreq.reproduce.MnistDnnClaim;
import org.deepfreq.reproduce.ResNetVariantsClaim;
import org.deepfreq.reproduce.DepthSweepClaim;
import org.deepfreq.reproduce.FPrincipleClaim;
import org.deepfreq.reproduce.ReproduceContext;
import org.deepfreq.reproduce.ReproduceMode;
import org.deepfreq.reproduce.Reproduction;
import org.deepfreq.reproduce.SineRdfClaim;
import org.deepfreq.spectrum.RdfEngine;
import org.deepfreq.ui.FigureFactory;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code deepfreq reproduce}: measures the paper's claims and writes report.md + claims.json. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Run the paper's experiments and write DIR/report.md and DIR/claims.json with measured values.")
final class ReproduceCommand implements Callable<Integer> {

    static final class Mode {
        @Option(names = "--quick", description = "small settings, about 20 minutes on a 2-core CPU (default)")
        boolean quick;

        @Option(names = "--full", description = "the paper's settings (GPU recommended)")
        boolean full;
    }

    @ArgGroup(exclusive = true)
    Mode mode;

    @Option(names = "--only", paramLabel = "NAME", description = "run only these experiments (repeatable)")
    List<String> only = List.of();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (re-running with the "
            + "same folder reuses finished runs and resumes unfinished ones)")
    Path out;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--no-figures", description = "write data files only, no PNG figures")
    boolean noFigures;

    static Reproduction reproduction() {
        return new Reproduction(List.of(new SineRdfClaim(), new DepthSweepClaim(), new FPrincipleClaim(),
                new MnistDnnClaim(),
                new ResNetVariantsClaim(true), new ResNetVariantsClaim(false)));
    }

    @Override
    public Integer call() {
        ReproduceMode m = mode != null && mode.full ? ReproduceMode.FULL : ReproduceMode.QUICK;
        FigureRenderer figures = noFigures ? FigureRenderer.NONE : new FigureFactory(900, 560, 2);
        ReproduceContext ctx = new ReproduceContext(m, out, new DatasetDirectory(dataDir.orDefault()),
                RdfEngine.withDefaults(), System.err::println, figures);
        List<ClaimResult> results = reproduction().run(ctx, new LinkedHashSet<>(only));
        for (ClaimResult r : results) {
            System.out.printf(Locale.ROOT, "%-20s %s%n", r.id(), r.verdict());
        }
        System.out.println("report: " + out.resolve("report.md"));
        return 0;
    }
}
