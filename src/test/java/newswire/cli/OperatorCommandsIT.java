package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import newswire.broker.BrokerExtension;
import newswire.config.NewswireConfig;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The commands an operator types, on a real broker: what they publish, and how they fail. */
@Tag("integration")
class OperatorCommandsIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @TempDir
    Path dir;

    private String run;
    private Map<String, String> environment;

    @BeforeEach
    void ownTopicsAndApplication() {
        run = UUID.randomUUID().toString().substring(0, 8);
        environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", BROKER.bootstrapServers(),
                "KAFKA_APPLICATION_ID", "newswire-ops-" + run,
                "KAFKA_STATE_DIR", dir.resolve("state").toString(),
                "KAFKA_COMMIT_INTERVAL_MS", "100",
                "NEWSWIRE_TOPIC_RAW", "raw-" + run,
                "NEWSWIRE_TOPIC_CLEAN", "clean-" + run,
                "NEWSWIRE_TOPIC_EVENTS", "events-" + run,
                "NEWSWIRE_TOPIC_CLAIMS", "claims-" + run,
                "NEWSWIRE_TOPIC_ESTIMATES", "estimates-" + run,
                "NEWSWIRE_TOPIC_DLQ", "dlq-" + run);
    }

    @Test
    void shouldPublishEveryArticleOfAFolderTreeUnderDistinctIdsAndListWhatItPassedOver() throws Exception {
        // Given two files of one name in two folders, a .json array, a .jsonl with a bad line, and a stray file
        Files.createDirectories(dir.resolve("in/a"));
        Files.createDirectories(dir.resolve("in/b"));
        Files.writeString(dir.resolve("in/a/article.txt"), "A title\n\nThe same words.");
        Files.writeString(dir.resolve("in/b/article.txt"), "A title\n\nThe same words.");
        Files.writeString(dir.resolve("in/b/two.json"), "[{\"body\": \"one\"}, {\"body\": \"two\"}]");
        final Path batch = Files.writeString(dir.resolve("in/batch.jsonl"), "{\"id\": \"kept\", \"body\": \"x\"}\n"
                + "{\"body\": \n" + "{\"url\": \"https://example.org/3\", \"body\": \"z\"}\n");
        Files.writeString(dir.resolve("in/notes.md"), "not an article");
        TopicAdmin.ensureTopics(NewswireConfig.load(null, environment, Map.of()));

        // When the folder is published
        final CommandLineRunner publish = CommandLineRunner.run(environment, "publish", dir.resolve("in").toString());

        // Then every good record is on the raw topic, once, under its own id, and the rest is listed with the reason
        assertThat(publish.exitCode()).as(publish.err()).isZero();
        assertThat(publish.out()).contains("Published 6 records from 4 files to raw-" + run + "; passed over 2");
        assertThat(publish.err().lines()).hasSize(2).anySatisfy(line -> assertThat(line).isEqualTo("skipped "
                + dir.resolve("in/notes.md") + ": not an article file (.txt, .html, .htm, .json, .jsonl)"))
                .anySatisfy(line -> assertThat(line).startsWith("skipped " + batch + ":2: not a RawArticle JSON"));
        final List<JsonNode> records = tail("raw-" + run, 6);
        assertThat(records).extracting(record -> record.path("key").asText()).doesNotHaveDuplicates()
                .contains("kept");
    }

    @Test
    void shouldFailInOneLineWhenTailIsAskedForATopicTheClusterDoesNotHave() {
        final CommandLineRunner tail = CommandLineRunner.run(environment, "tail", "no.such.topic", "--timeout", "5");

        assertThat(tail.exitCode()).isEqualTo(1);
        assertThat(tail.err().lines()).singleElement().asString()
                .startsWith("newswire tail: no topic no.such.topic on " + BROKER.bootstrapServers());
    }

    @ParameterizedTest
    @ValueSource(strings = {"publish seeds", "run", "tail news.events", "reset"})
    void shouldFailInOneLineWithinTheConnectTimeoutWhenNoBrokerListens(final String command) {
        final List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("-b", "127.0.0.1:1", "--connect-timeout", "3"));

        final CommandLineRunner result = CommandLineRunner.run(args.toArray(String[]::new));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString()
                .contains("no Kafka broker answered at 127.0.0.1:1 within 3 s");
    }

    @Test
    void shouldReplayFromTheStartAfterAResetAndRefuseToResetARunningApplication() throws Exception {
        // Given the application has run over the seed
        final NewswireConfig config = NewswireConfig.load(null, environment, Map.of());
        TopicAdmin.ensureTopics(config);
        final List<JsonNode> first;
        try (StreamsRunner streams = start(config)) {
            assertThat(CommandLineRunner.run(environment, "publish", "seeds").exitCode()).isZero();
            first = tail("events-" + run, 1);

            // When reset is asked for while it runs, Then it refuses in one line
            final CommandLineRunner refused = CommandLineRunner.run(environment, "reset");
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err().lines()).singleElement().asString()
                    .contains("application newswire-ops-" + run + " is still running", "stop every instance first");
        }

        // When it is reset once stopped, and runs again
        final CommandLineRunner reset = CommandLineRunner.run(environment, "reset");
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.out()).contains("Reset application newswire-ops-" + run, "from its start (3 partitions)",
                "newswire-ops-" + run + "-dedupe-index-changelog");
        // Kafka Streams' clean-up keeps the application's folder (its lock file is in it) but no task's state
        try (var left = Files.list(dir.resolve("state").resolve("newswire-ops-" + run))) {
            assertThat(left.filter(Files::isDirectory).toList()).isEmpty();
        }
        final List<JsonNode> both;
        try (StreamsRunner streams = start(config)) {
            both = tail("events-" + run, 2);
        }

        // Then the replay gives the same event again: same id, same claims, not taken for a near-duplicate of itself
        assertThat(both).hasSize(2);
        final JsonNode replayed = both.get(1);
        assertThat(replayed.path("key")).isEqualTo(first.get(0).path("key"));
        assertThat(replayed.path("value").path("claims")).isEqualTo(first.get(0).path("value").path("claims"));
        assertThat(replayed.path("value").path("duplicateOf").isNull()
                || replayed.path("value").path("duplicateOf").isMissingNode()).isTrue();
    }

    private static StreamsRunner start(final NewswireConfig config) {
        return StreamsRunner.start(NewswireTopology.of(config).build(), StreamsProperties.from(config), DEADLINE,
                ThreadReplacements.from(config));
    }

    private List<JsonNode> tail(final String topic, final int count) {
        final CommandLineRunner tail = CommandLineRunner.run(environment, "tail", topic, "--from-beginning", "--json",
                "--max", String.valueOf(count), "--timeout", String.valueOf(DEADLINE.toSeconds()));
        assertThat(tail.exitCode()).as(tail.err()).isZero();
        final List<JsonNode> records = tail.out().lines().map(NewswireProcess::json).toList();
        assertThat(records).as(tail.out()).hasSize(count);
        return records;
    }

}
