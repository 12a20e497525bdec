package newswire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newswire.serde.JsonSerde;

/** {@code newswire run} as its own process (the packaged jar), on topics of one test, set through the environment. */
final class RunProcess {

    static final Path JAR = Path.of("target/newswire.jar");

    private RunProcess() {
    }

    /** The environment of a run on {@code bootstrapServers} whose application id and topics end in {@code run}. */
    static Map<String, String> environment(final String bootstrapServers, final String run, final Path stateDir) {
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

    /** Starts {@code java -jar newswire.jar ARGS} with {@code environment}, its output to {@code log}. */
    static Process start(final Map<String, String> environment, final Path log, final String... args)
            throws IOException {
        final List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    static void awaitLog(final Path log, final String line, final Duration deadline)
            throws IOException, InterruptedException {
        final long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new AssertionError("'" + line + "' not logged within " + deadline + ":\n" + Files.readString(log));
    }

    static JsonNode json(final String line) {
        try {
            return JsonSerde.mapper().readTree(line);
        } catch (final IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
