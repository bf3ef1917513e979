package org.deepfreq.cli;

import org.deepfreq.spectrum.EngineWarmUp;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code deepfreq} command line: one subcommand per task, {@code --help} everywhere. */
@Command(name = "deepfreq", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "DeepFreq Studio: watch the Deep Frequency Principle (Xu & Zhou, AAAI 2021) while networks train.",
        subcommands = {GuiCommand.class, RdfCommand.class, FilterCommand.class, TrainCommand.class, FigureCommand.class,
            DatasetsCommand.class,
            BenchCommand.class, ReproduceCommand.class, SweepCommand.class, WorkerCommand.class,
            CommandLine.HelpCommand.class})
public final class DeepFreqCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the configured command line (exception handling, exit codes). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DeepFreqCli());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Runs the CLI and returns its exit code: 0 success, 2 bad input or usage, 1 internal failure. */
    public static int execute(String... args) {
        if (args.length > 0 && args[0].equals("rdf")) {
            EngineWarmUp.start(); // before the command line is built: that takes a while in a fresh process
        }
        return commandLine().execute(args);
    }
}
