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
}
