package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import newswire.dedupe.Dedupe;
import newswire.dedupe.DedupeFrames;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.ops.FlowCounters;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** Newswire's counters move where the topology writes its outputs and dead letters. */
class FlowCountersTopologyTest {

    private static final Instant T0 = Instant.parse("2024-10-21T10:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void shouldCountArticlesByOutcomeClaimsByKindDeadLettersByStageAndDedupeLinks() {
        try (TopologyFixture fixture = new TopologyFixture(Map.of("max.task.idle.ms", "0"),
                new FlowCounters(registry))) {
            // When the seed is read, then a copy of it, then a record that is not JSON and an empty article
            fixture.raw.pipeInput(new TestRecord<>("seed", TopologyFixture.seed("seed"), T0));
            fixture.raw.pipeInput(new TestRecord<>("copy", TopologyFixture.seed("copy"), T0.plusSeconds(60)));
            fixture.rawBytes.pipeInput("poison", "not json".getBytes(StandardCharsets.UTF_8));
            fixture.rawBytes.pipeInput("empty", "{\"id\":\"empty\",\"body\":\"\"}".getBytes(StandardCharsets.UTF_8));

            // Then the counters say what the topics hold
            assertThat(fixture.events.readValuesToList()).hasSize(2);
            assertThat(articles("event")).isEqualTo(1);
            assertThat(articles("duplicate")).isEqualTo(1);
            assertThat(articles("dead_letter")).isEqualTo(2);
            assertThat(registry.get(FlowCounters.DEDUPE_LINKS).counter().count()).isEqualTo(1);
            assertThat(deadLetters("parse")).isEqualTo(1);
            assertThat(deadLetters("validate")).isEqualTo(1);
            assertThat(fixture.deadLetters.readRecordsToList()).hasSize(2);

            final Map<ClaimKind, Long> written = fixture.claims.readValuesToList().stream()
                    .collect(Collectors.groupingBy(Claim::kind, Collectors.counting()));
            assertThat(written).as("the seed has claims, and only the original's are written").isNotEmpty();
            for (final ClaimKind kind : ClaimKind.values()) {
                assertThat(registry.get(FlowCounters.CLAIMS).tag("kind", kind.json()).counter().count())
                        .as(kind.json()).isEqualTo(written.getOrDefault(kind, 0L).doubleValue());
            }
        }
    }

    @Test
    void shouldCountADeadLetterOfTheProduceStageWhenAResultIsTooLargeToWrite() {
        // Given a producer that may send no more than 4,000 bytes: less than the seed's event
        try (TopologyFixture fixture = new TopologyFixture(Map.of("max.task.idle.ms", "0",
                "max.request.size", "4000"), new FlowCounters(registry))) {
            // When the seed is read
            fixture.raw.pipeInput(new TestRecord<>("seed", TopologyFixture.seed("seed"), T0));

            // Then it is a dead letter of the produce stage, and counted as one
            assertThat(fixture.deadLetters.readRecordsToList()).extracting(record -> new String(
                    record.headers().lastHeader(DeadLetters.STAGE_HEADER).value(), StandardCharsets.UTF_8))
                    .containsExactly(DeadLetters.PRODUCE_STAGE);
            assertThat(deadLetters(DeadLetters.PRODUCE_STAGE)).isEqualTo(1);
            assertThat(articles("dead_letter")).isEqualTo(1);
            assertThat(articles("event")).isZero();
        }
    }

    @Test
    void shouldCountAnArticleWhoseRecordsInTheDedupeWereSeveralDeadLettersOnce() {
        try (TopologyFixture fixture = new TopologyFixture(Map.of("processing.guarantee", "at_least_once"),
                new FlowCounters(registry))) {
            // Given two band groups of article "strike", read at partition 0, offset 4 of the input, and one of
            // article "flood", read at offset 5, all with an earlier release's JSON head
            final TestInputTopic<String, byte[]> bands = fixture.driver.createInputTopic(
                    "newswire-" + Dedupe.GROUPS_TOPIC + "-repartition", new StringSerializer(),
                    new ByteArraySerializer());
            bands.pipeInput("strike@0:4", DedupeFrames.jsonHeadFrame("{\"partition\":0}", "{}"));
            bands.pipeInput("strike@0:4", DedupeFrames.jsonHeadFrame("{\"partition\":1}", ""));
            bands.pipeInput("flood@0:5", DedupeFrames.jsonHeadFrame("{\"partition\":1}", ""));

            // Then there are three dead letters of the dedupe, and two articles dead-lettered, as the audit counts
            assertThat(fixture.deadLetters.readRecordsToList()).hasSize(3);
            assertThat(deadLetters(NewswireTopology.DEDUPE)).isEqualTo(3);
            assertThat(articles("dead_letter")).isEqualTo(2);
        }
    }

    private double articles(final String outcome) {
        return registry.get(FlowCounters.ARTICLES).tag("outcome", outcome).counter().count();
    }

    private double deadLetters(final String stage) {
        return registry.get(FlowCounters.DEAD_LETTERS).tag("stage", stage).counter().count();
    }

}
