package org.deepfreq.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.deepfreq.spectrum.EngineWarmUp;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code deepfreq} command line: one subcommand per task, {@code --help} everywhere. */
@Command(name = "deepfreq", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "DeepFreq Studio: watch the Deep Frequency Principle (Xu & Zhou, AAAI 2021) while networks train.")
public final class DeepFreqCli extends CommandGroup {

    static {
        // picocli's documented switches for two start-up costs this command line has no use for (docs/performance.md):
        // looking up Groovy's closure class, which fails only after opening every jar on the class path, and
        // initialising the JDK's date, time and SQL classes for converters of option types it never declares
        preset("picocli.disable.closures", "true");
        preset("picocli.converters.excludes", "java\\.sql\\..*,java\\.time\\..*");
    }

    private static void preset(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * The subcommands by the name their {@code @Command} gives, in the order the help lists them; a holder, so that
     * reading their annotations waits until a command line is built (the RDF warm-up starts before).
     */
    private static final class Subcommands {
        static final Map<String, Class<?>> BY_NAME = byName(GuiCommand.class, RdfCommand.class, FilterCommand.class,
                TrainCommand.class, FigureCommand.class, DatasetsCommand.class, BenchCommand.class,
                ReproduceCommand.class, SweepCommand.class, WorkerCommand.class);

        private static Map<String, Class<?>> byName(Class<?>... commands) {
            Map<String, Class<?>> m = new LinkedHashMap<>();
            for (Class<?> c : commands) {
                m.put(c.getAnnotation(Command.class).name(), c);
            }
            return m;
        }
    }

    /** Builds the configured command line (every subcommand, exception handling, exit codes). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DeepFreqCli());
        Subcommands.BY_NAME.forEach(cl::addSubcommand);
        cl.addSubcommand("help", CommandLine.HelpCommand.class);
        return configured(cl);
    }

    /**
     * The command line for these arguments: when the first names a subcommand, only that one is built (picocli builds
     * the model of every subcommand it is given, a noticeable part of a short command's start-up); it parses, runs
     * and reports exactly as the full command line does.
     */
    static CommandLine commandLine(String... args) {
        Class<?> only = args.length > 0 ? Subcommands.BY_NAME.get(args[0]) : null;
        if (only == null) {
            return commandLine();
        }
        CommandLine cl = new CommandLine(new DeepFreqCli());
        cl.addSubcommand(args[0], only);
        return configured(cl);
    }

    private static CommandLine configured(CommandLine cl) {
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        cl.setParameterExceptionHandler(UserErrorHandler::usageError);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        giveVersion(cl, cl.getCommandSpec().versionProvider());
        return cl;
    }

    /** Every subcommand's {@code -V} prints the application's version, as {@code deepfreq -V} does. */
    private static void giveVersion(CommandLine cl, CommandLine.IVersionProvider version) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.versionProvider() == null && spec.version().length == 0) {
                spec.versionProvider(version);
            }
            giveVersion(sub, version);
        }
    }

    /** Runs the CLI and returns its exit code: 0 success, 2 bad input or usage, 1 internal failure. */
    public static int execute(String... args) {
        if (args.length > 0 && args[0].equals("rdf")) {
            // before the command line is built: that takes a while in a fresh process
            EngineWarmUp.start(RdfCommand.bigInput(args));
        }
        return commandLine(args).execute(args);
    }
}
