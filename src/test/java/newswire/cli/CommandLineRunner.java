package newswire.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs the real command line in-process, as {@code main} does, capturing what it prints. */
record CommandLineRunner(int exitCode, String out, String err) {

    static CommandLineRunner run(final Map<String, String> environment, final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine commandLine = NewswireCommand.commandLine(environment);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        final int exitCode = commandLine.execute(args);
        return new CommandLineRunner(exitCode, out.toString(), err.toString());
    }

    static CommandLineRunner run(final String... args) {
        return run(Map.of(), args);
    }
}
