package newswire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import newswire.broker.EmbeddedBroker;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.model.RawArticle;
import newswire.runtime.ArticlePublisher;
import newswire.runtime.RecordView;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.runtime.TopicTailer;
import newswire.testing.DevArticles;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real broker, three partitions: a story, its republication by another portal (edited as editors do) read from
 * another partition, and a different report on the same subject. The republication points at the story and its
 * claims are not counted again; the other report stands on its own.
 */
@Tag("integration")
class RepublicationFlowIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final Duration SETTLED = Duration.ofSeconds(3);
    private static final int PARTITIONS = 3;

    /** A report of our own on the same subject, with other figures, another day and other sources. */
    private static final String OTHER_REPORT = """
            North Korea has sent about 3,000 more soldiers to Russia since last month, the Joint Chiefs of Staff said on \
            Wednesday, bringing the number of North Korean troops there to some 11,000.

            The soldiers were moved by ship and by air to Vladivostok before heading west to the Kursk region, where \
            Ukrainian forces still hold ground, a military official told reporters in Seoul.

            Pyongyang has not confirmed the deployment. Moscow says its cooperation with North Korea is lawful.

            Seoul said it would review sending weapons to Kyiv if the deployment went on.""";

    @TempDir
    Path stateDir;

    @Test
    void shouldLinkAnEditedRepublicationAcrossPartitionsAndCountItsClaimsOnce() throws Exception {
        final String run = UUID.randomUUID().toString().substring(0, 8);
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            final NewswireConfig config = NewswireConfig.defaults().with(Map.of(
                    NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    "application.id", "newswire-republication-" + run,
                    "state.dir", stateDir.toString(),
                    "commit.interval.ms", "100",
                    "newswire.partitions", String.valueOf(PARTITIONS)));
            final TopicNames topics = config.topics();
            TopicAdmin.ensureTopics(config);
            final String original = "story";
            final String copy = idOnAnotherPartitionThan(original, "republished-");
            final String other = "other-report";
            try (StreamsRunner streams = StreamsRunner.start(NewswireTopology.of(config).build(),
                    StreamsProperties.from(config), DEADLINE, ThreadReplacements.from(config));
                 ArticlePublisher publisher = new ArticlePublisher(config);
                 TopicTailer tailer = new TopicTailer(config, List.of(topics.events(), topics.estimates(),
                         topics.deadLetters()), true)) {

                final Map<String, JsonNode> events = new HashMap<>();
                final List<JsonNode> estimates = new ArrayList<>();
                final long deadline = System.nanoTime() + DEADLINE.toNanos();

                // When the story is published and has its event, and then its republication and the other report are.
                // (Copies that reach the index in one commit interval, from two partitions, may arrive in either
                // order, and the first to arrive is the original: docs/dedupe.md. A republication comes later.)
                publisher.publish(text(original, DevArticles.seedText())).get();
                while (System.nanoTime() < deadline && !events.containsKey(original)) {
                    tailer.run(record -> collect(record, topics, events, estimates), Long.MAX_VALUE, SETTLED);
                }
                publisher.publish(text(copy, republished(DevArticles.seedText()))).get();
                publisher.publish(text(other, OTHER_REPORT)).get();

                // Then each has its event: the republication points at the story, the other report at nothing
                // Until all three events are in and the estimates have settled (nothing new for a few commits)
                while (System.nanoTime() < deadline
                        && (tailer.run(record -> collect(record, topics, events, estimates), Long.MAX_VALUE, SETTLED) > 0
                        || events.size() < 3 || estimates.isEmpty())) {
                    Thread.onSpinWait();
                }
                assertThat(events).containsOnlyKeys(original, copy, other);
                assertThat(events.get(original).hasNonNull("duplicateOf")).isFalse();
                assertThat(events.get(copy).path("duplicateOf").asText()).isEqualTo(original);
                assertThat(events.get(other).hasNonNull("duplicateOf")).isFalse();
                assertThat(events.get(copy).path("claims")).isNotEmpty();

                // And the estimates hold reports of the story and never of its republication
                final List<String> reportingArticles = estimates.stream()
                        .flatMap(estimate -> estimate.path("reports").valueStream())
                        .map(report -> report.path("articleId").asText()).toList();
                assertThat(reportingArticles).contains(original).doesNotContain(copy);
            }
        }
    }

    /** The seed as another portal republished it: new headline and chrome, an attribution and words reworded. */
    private static String republished(final String seed) {
        return seed
                .replace("Yoon, NATO chief agree to share information on North's dispatch of troops to Russia",
                        "Seoul and NATO to share intelligence on North Korean troops\nPosted by World Desk")
                .replace(", said the presidential office.", ", the presidential office said.")
                .replace("swiftly dispatch", "quickly send")
                .replace("closely monitor the situation", "watch the situation closely")
                .replace("Copyright © 코리아중앙데일리. 무단전재 및 재배포 금지.", "Comments (3)\nShare this article");
    }

    private static RawArticle text(final String id, final String body) {
        return new RawArticle(id, id + ".txt", RawArticle.TEXT_PLAIN, body, null, null, null, null, null);
    }

    /** An id whose records go to another partition of the input than {@code id}'s, as Kafka's producer places keys. */
    private static String idOnAnotherPartitionThan(final String id, final String prefix) {
        for (int n = 0; ; n++) {
            if (partitionOf(prefix + n) != partitionOf(id)) {
                return prefix + n;
            }
        }
    }

    private static int partitionOf(final String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    private static void collect(final ConsumerRecord<byte[], byte[]> record, final TopicNames topics,
                                final Map<String, JsonNode> events, final List<JsonNode> estimates) {
        final JsonNode value = RecordView.parsed(record.value());
        if (record.topic().equals(topics.deadLetters())) {
            throw new AssertionError("a dead letter: " + RecordView.json(record));
        }
        if (record.topic().equals(topics.events())) {
            events.put(value.path("id").asText(), value);
        } else {
            estimates.add(value);
        }
    }
}
