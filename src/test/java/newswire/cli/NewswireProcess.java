package newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import newswire.serde.JsonSerde;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged jar run as its own process, as an operator runs it, with its standard error (the log) in a file. */
final class NewswireProcess {

    static final Path JAR = Path.of("target/newswire.jar");
    static final Duration DEADLINE = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;

    private NewswireProcess(final Process process, final Path log) {
        this.process = process;
        this.log = log;
    }

    /** The environment of a run on {@code bootstrapServers} whose application id and topics end in {@code run}. */
    static Map<String, String> runEnvironment(final String bootstrapServers, final String run, final Path stateDir) {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                "KAFKA_APPLICATION_ID", "newswire-run-" + run,
                "KAFKA_STATE_DIR", stateDir.toString(),
                "NEWSWIRE_TOPIC_RAW", "raw-" + run,
                "NEWSWIRE_TOPIC_CLEAN", "clean-" + run,
                "NEWSWIRE_TOPIC_EVENTS", "events-" + run,
                "NEWSWIRE_TOPIC_CLAIMS", "claims-" + run,
                "NEWSWIRE_TOPIC_DLQ", "dlq-" + run);
    }

    /** One line of {@code tail --json}. */
    static JsonNode json(final String line) {
        try {
            return JsonSerde.mapper().readTree(line);
        } catch (final IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    /** Starts {@code java -jar newswire.jar ARGS} with this environment added; standard error goes to {@code log}. */
    static NewswireProcess start(final Map<String, String> environment, final Path log, final Path out,
                                 final String... args) throws IOException {
        final List<String> command = new java.util.ArrayList<>(List.of(javaCommand(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        final ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile())
                .redirectOutput(out.toFile());
        builder.environment().putAll(environment);
        return new NewswireProcess(builder.start(), log);
    }

    void awaitLog(final String line) throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("exited with " + process.exitValue() + " before logging '" + line + "':\n"
                        + Files.readString(log));
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("'" + line + "' not logged within " + DEADLINE + ":\n" + Files.readString(log));
    }

    /** Sends SIGTERM and returns the exit code, or fails if the process has not exited within the deadline. */
    int stop() throws InterruptedException {
        process.destroy();
        return awaitExit();
    }

    int awaitExit() throws InterruptedException {
        if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + DEADLINE);
        }
        return process.exitValue();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
