package newswire.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import newswire.config.InvalidSettingException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How a command that fails tells the person who ran it: one line naming the mistake, and exit 2 for a usage mistake
 * (a bad option or setting, a file that is not there) or 1 for anything that went wrong while running. Stack traces
 * and Kafka's own log only with {@code --verbose}.
 */
final class Failures {

    private Failures() {
    }

    static CommandLine install(final CommandLine commandLine) {
        return commandLine
                .setParameterExceptionHandler(Failures::onUsageError)
                .setExecutionExceptionHandler(Failures::onExecutionError)
                .setExecutionStrategy(parseResult -> {
                    try (Logging.Levels levels = isVerbose(parseResult) ? Logging.verbose() : Logging.Levels.NONE) {
                        return new CommandLine.RunLast().execute(parseResult);
                    }
                });
    }

    /** Whether {@code --verbose} was given to this command or to the one above it. */
    static boolean isVerbose(final CommandLine commandLine) {
        for (CommandLine at = commandLine; at != null; at = at.getParent()) {
            if (at.getParseResult() != null && at.getParseResult().hasMatchedOption(NewswireCommand.VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVerbose(final ParseResult parseResult) {
        for (ParseResult at = parseResult; at != null; at = at.subcommand()) {
            if (at.hasMatchedOption(NewswireCommand.VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    private static int onUsageError(final ParameterException error, final String[] args) {
        final CommandLine commandLine = error.getCommandLine();
        final PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + firstLine(error.getMessage())
                + " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')");
        if (java.util.Arrays.asList(args).contains(NewswireCommand.VERBOSE)) {
            error.printStackTrace(err);
        }
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    private static int onExecutionError(final Exception error, final CommandLine commandLine,
                                        final ParseResult parseResult) {
        final PrintWriter err = commandLine.getErr();
        final boolean usage = isUsageMistake(error);
        err.println(commandLine.getCommandSpec().qualifiedName() + ": " + describe(error)
                + (usage ? " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')" : ""));
        if (isVerbose(parseResult)) {
            error.printStackTrace(err);
        }
        err.flush();
        return usage ? CommandLine.ExitCode.USAGE : CommandLine.ExitCode.SOFTWARE;
    }

    /** A mistake in what the person typed, rather than something that went wrong while running. */
    static boolean isUsageMistake(final Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSettingException || cause instanceof NoSuchFileException
                    || cause instanceof ParameterException) {
                return true;
            }
        }
        return false;
    }

    /** The message that names the mistake: a missing file's own, else the outermost one there is. */
    static String describe(final Throwable error) {
        if (error instanceof UncheckedIOException && error.getCause() instanceof NoSuchFileException missing) {
            return (missing.getReason() == null ? "no such file or folder" : missing.getReason()) + ": "
                    + missing.getFile();
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return firstLine(cause.getMessage());
            }
        }
        return error.getClass().getSimpleName();
    }

    private static String firstLine(final String message) {
        final int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
