package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import newswire.broker.BrokerExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The operator's path: {@code newswire run} as its own process (the packaged jar), {@code publish} of good and poison
 * files, {@code tail --json} of the outputs, and SIGTERM for a clean stop.
 */
@Tag("integration")
class RunPublishTailIT {

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    @TempDir
    Path dir;

    @Test
    void shouldProcessPublishedArticlesSendPoisonToTheDeadLetterTopicAndStopCleanlyOnSigterm() throws Exception {
        // Given `newswire run` on topics of this test, configured through the environment
        final String run = UUID.randomUUID().toString().substring(0, 8);
        final Map<String, String> environment = NewswireProcess.runEnvironment(BROKER.bootstrapServers(), run,
                dir.resolve("state"));
        final NewswireProcess newswire = NewswireProcess.start(environment, dir.resolve("run.log"),
                dir.resolve("run.out"), "run");
        final int exitCode;
        try {
            newswire.awaitLog("Newswire is running");

            // When the seed and a poison file are published, the poison verbatim
            final Path poison = Files.write(dir.resolve("poison.txt"), new byte[] {'{', '"', (byte) 0xFF, '"'});
            assertThat(CommandLineRunner.run(environment, "publish", "seeds").exitCode()).isZero();
            assertThat(CommandLineRunner.run(environment, "publish", "--raw", poison.toString()).exitCode()).isZero();

            // Then tail shows the seed's event and the poison's dead letter with its headers
            final CommandLineRunner tail = CommandLineRunner.run(environment, "tail", "events-" + run, "dlq-" + run,
                    "--from-beginning", "--json", "--max", "2", "--timeout", "60");
            assertThat(tail.exitCode()).isZero();
            final List<JsonNode> records = tail.out().lines().map(NewswireProcess::json).toList();
            assertThat(records).extracting(record -> record.path("topic").asText())
                    .containsExactlyInAnyOrder("events-" + run, "dlq-" + run);
            final JsonNode deadLetter = records.stream()
                    .filter(record -> record.path("topic").asText().equals("dlq-" + run)).findFirst().orElseThrow();
            assertThat(deadLetter.path("headers").path("newswire.stage").asText()).isEqualTo("parse");
            assertThat(deadLetter.path("headers").path("__streams.errors.topic").asText()).isEqualTo("raw-" + run);
            assertThat(deadLetter.path("headers").path("__streams.errors.message").asText()).contains("RawArticle");
            assertThat(deadLetter.path("value").path("base64").asText()).isEqualTo("eyL/Ig==");

            // And audit finds every input exactly once among the outputs
            final CommandLineRunner audit = CommandLineRunner.run(environment, "audit", "--timeout", "20");
            assertThat(audit.exitCode()).as(audit.out()).isZero();
            assertThat(audit.out()).contains("2 read → 1 events, 2 claims, 1 dead letters; 0 lost [], 0 doubled []");
        } finally {
            // When it is sent SIGTERM
            exitCode = newswire.stop();
        }
        // Then it closes Kafka Streams and exits on its own (143 = 128 + SIGTERM), the dead letter logged in one line
        assertThat(exitCode).isEqualTo(143);
        assertThat(newswire.log()).contains("PENDING_SHUTDOWN -> NOT_RUNNING",
                "Since start: read 2 → 1 events, 2 claims, 1 dead letters", "Newswire stopped")
                .containsPattern("Dead letter: stage parse, reason .*not a RawArticle.*, from raw-" + run
                        + "-\\d+@\\d+")
                .doesNotContain("\tat ");
    }
}
