package org.deepfreq.cli;

import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;

import org.deepfreq.io.FolderLock;
import org.deepfreq.data.InvalidDataException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;

/**
 * Turns exceptions from a command into one line on stderr and an exit code, never a stack trace:
 * 2 for bad input (the message says what and how to fix it), 130 for cancellation, 1 otherwise.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        String name = cmd.getCommandName();
        if (ex instanceof InvalidDataException || ex instanceof IllegalArgumentException
                || ex instanceof UncheckedIOException || ex instanceof FolderLock.FolderBusyException) {
            cmd.getErr().println(name + ": error: " + ex.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof CancellationException) {
            cmd.getErr().println(name + ": cancelled");
            return 130;
        }
        Logger log = LoggerFactory.getLogger(UserErrorHandler.class); // only now: logging's start-up is not free
        log.debug("command failed", ex);
        cmd.getErr().println(name + ": internal error: " + ex + " (run with -Ddeepfreq.log.level=DEBUG for details)");
        return 1;
    }

    /**
     * A command line that does not parse (an unknown or missing option, a value of the wrong type): one line with
     * picocli's message, its suggestions for a mistyped option, and where the usage is; bad input. Instead of
     * picocli's default, which follows the message with the whole usage text. An argument nothing matched is named
     * first: picocli reports the required option it left missing, which hides a typo ({@code --step 40}).
     */
    static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        CommandLine.ParameterException shown = ex;
        if (!(ex instanceof CommandLine.UnmatchedArgumentException) && !cmd.getUnmatchedArguments().isEmpty()) {
            shown = new CommandLine.UnmatchedArgumentException(cmd, cmd.getUnmatchedArguments());
        }
        String hint = "";
        if (shown instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            hint = " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        String message = String.join("; ", String.valueOf(shown.getMessage()).strip().split("\\R+"));
        cmd.getErr().println(cmd.getCommandName() + ": error: " + message + hint + "; see '"
                + cmd.getCommandSpec().qualifiedName() + " --help'");
        return BAD_INPUT;
    }
}
