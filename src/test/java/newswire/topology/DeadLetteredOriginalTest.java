package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newswire.dedupe.Dedupe;
import newswire.dedupe.DedupeFrames;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * An article the index filed that became a dead letter before the dedupe released it never reaches the events topic,
 * and its claims and reports are not counted: a later copy of it, within the window, must not name it as its original
 * (its consumers would meet a {@code duplicateOf} they never saw, and the estimates would count the story nowhere).
 * Each failure between the index and the release withdraws the article from the index; a too-large event files it
 * nowhere.
 */
class DeadLetteredOriginalTest {

    /** Without transactions the driver shows the records the dead-letter handlers send (UndrainedUpgradeTest). */
    private static final Map<String, String> AT_LEAST_ONCE = Map.of("processing.guarantee", "at_least_once");
    private static final String BANDS = "newswire-" + Dedupe.GROUPS_TOPIC + "-repartition";
    private static final Instant PUBLISHED = Instant.parse("2024-10-21T10:00:00Z");

    @Test
    void shouldNotNameAnOriginalOneOfWhoseBandGroupsCouldNotBeRead() {
        try (TopologyFixture fixture = new TopologyFixture(AT_LEAST_ONCE)) {
            // Given the seed's band groups as article "orig" sends them, the last one unreadable (an earlier
            // release's JSON head): the index files the others, and the article never completes
            final Map<Integer, byte[]> groups = groupsOfTheSeed(fixture, "orig", new byte[0]);
            final int last = groups.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertThat(groups).as("the seed's keys fall in more than one index partition").hasSizeGreaterThan(1);
            groups.put(last, DedupeFrames.jsonHeadFrame("{\"articleId\":\"orig\",\"delivery\":\"orig@0:4\"}", ""));
            final TestInputTopic<String, byte[]> bands = fixture.driver.createInputTopic(BANDS,
                    new StringSerializer(), new ByteArraySerializer());
            groups.values().forEach(frame -> bands.pipeInput("orig@0:4", frame, PUBLISHED));
            assertThat(keysOf(fixture.deadLetters.readRecordsToList())).containsExactly("orig");

            // When a copy of it is published an hour later, and another after that, then the first copy is the
            // story's original, and the second copy names it
            assertTheFirstOfTwoLaterCopiesIsTheOriginal(fixture);
            assertThat(fixture.claims.readValuesToList()).extracting(Claim::id)
                    .as("the original's claims are written, and counted").isNotEmpty()
                    .allSatisfy(id -> assertThat(id).startsWith("copy"));
        }
    }

    @Test
    void shouldNotFileAnArticleWhoseWithdrawalReachedTheIndexBeforeItsBandGroups() {
        try (TopologyFixture fixture = new TopologyFixture(AT_LEAST_ONCE)) {
            // Given article "orig" withdrawn before its band groups are read, as at-least-once allows: its last group
            // failed in another partition's index task, whose withdrawals were written while the other groups were
            // still in flight (or are sent again on replay)
            final Map<Integer, byte[]> groups = groupsOfTheSeed(fixture, "orig", new byte[0]);
            final int last = groups.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
            groups.remove(last);
            assertThat(groups).as("the seed's keys fall in more than one index partition").isNotEmpty();
            final TestInputTopic<String, byte[]> bands = fixture.driver.createInputTopic(BANDS,
                    new StringSerializer(), new ByteArraySerializer());
            Dedupe.withdrawals("newswire", fixture.config.partitions(), "orig", PUBLISHED.toEpochMilli())
                    .forEach(withdrawal -> bands.pipeInput("orig", withdrawal.value(), PUBLISHED));
            groups.values().forEach(frame -> bands.pipeInput("orig@0:4", frame, PUBLISHED));

            // When a copy of it is published an hour later, and another after that, then the groups read after the
            // withdrawal filed nothing: the first copy is the story's original, and the second copy names it
            assertTheFirstOfTwoLaterCopiesIsTheOriginal(fixture);
            assertThat(fixture.deadLetters.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldNotNameAnOriginalWhoseEventTheCollectorCouldNotRead() {
        try (TopologyFixture fixture = new TopologyFixture(AT_LEAST_ONCE)) {
            // Given the seed's band groups as article "orig" sends them, all readable, but its event in an earlier
            // release's layout: every partition answers, and the collector fails to read it on release
            final TestInputTopic<String, byte[]> bands = fixture.driver.createInputTopic(BANDS,
                    new StringSerializer(), new ByteArraySerializer());
            groupsOfTheSeed(fixture, "orig", earlierPreparedEvent())
                    .values().forEach(frame -> bands.pipeInput("orig@0:4", frame, PUBLISHED));
            assertThat(keysOf(fixture.deadLetters.readRecordsToList())).containsExactly("orig");
            assertThat(fixture.events.isEmpty()).isTrue();

            // When a copy of it is published an hour later
            fixture.raw.pipeInput(new TestRecord<>("copy", TopologyFixture.seed("copy"), PUBLISHED.plusSeconds(3600)));

            // Then it names no original
            final ArticleEvent copy = fixture.events.readValue();
            assertThat(copy.id()).isEqualTo("copy");
            assertThat(copy.duplicateOf()).isNull();
        }
    }

    @Test
    void shouldNotNameAnOriginalWhoseEventWasTooLargeToSend() {
        // Given records of at most 9,000 bytes: the seed's event is refused, the first third of it is not
        try (TopologyFixture fixture = new TopologyFixture(Map.of("processing.guarantee", "at_least_once",
                "max.request.size", "9000"))) {
            fixture.raw.pipeInput(new TestRecord<>("seed", TopologyFixture.seed("seed"), PUBLISHED));
            assertThat(fixture.deadLetters.readRecordsToList()).singleElement().satisfies(letter ->
                    assertThat(header(letter, DeadLetters.STAGE_HEADER)).isEqualTo(DeadLetters.PRODUCE_STAGE));

            // When a trimmed copy of it, the first third, is published an hour later
            fixture.raw.pipeInput(new TestRecord<>("trimmed", TopologyFixture.seed("trimmed", body -> {
                final List<String> lines = body.lines().toList();
                return String.join("\n", lines.subList(0, lines.size() / 3));
            }), PUBLISHED.plusSeconds(3600)));

            // Then it names no original: the seed's other band groups were not sent, so the index never filed it
            final ArticleEvent trimmed = fixture.events.readValue();
            assertThat(trimmed.id()).isEqualTo("trimmed");
            assertThat(trimmed.duplicateOf()).isNull();
            assertThat(fixture.deadLetters.isEmpty()).isTrue();
        }
    }

    /** Publishes two copies of the seed's story, an hour and two after it: the first names no original, the second it. */
    private static void assertTheFirstOfTwoLaterCopiesIsTheOriginal(final TopologyFixture fixture) {
        fixture.raw.pipeInput(new TestRecord<>("copy", TopologyFixture.seed("copy"), PUBLISHED.plusSeconds(3600)));
        fixture.raw.pipeInput(new TestRecord<>("copy-2", TopologyFixture.seed("copy-2"), PUBLISHED.plusSeconds(7200)));
        final List<ArticleEvent> events = fixture.events.readValuesToList();
        assertThat(events).extracting(ArticleEvent::id).containsExactly("copy", "copy-2");
        assertThat(events.get(0).duplicateOf()).isNull();
        assertThat(events.get(1).duplicateOf()).isEqualTo("copy");
    }

    /** The band groups of the seed's story sent by article {@code articleId}, the first carrying {@code event}. */
    private static Map<Integer, byte[]> groupsOfTheSeed(final TopologyFixture fixture, final String articleId,
                                                        final byte[] event) {
        return DedupeFrames.bandGroupsOf(articleId, articleId + "@0:4", TopologyFixture.seedEvent().article().body(),
                fixture.config.partitions(), event);
    }

    /** A prepared event as releases before session 20 wrote it: the length of a JSON head, the head, the event. */
    private static byte[] earlierPreparedEvent() {
        final byte[] head = "{\"id\":\"orig\",\"eventBytes\":2}".getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Integer.BYTES + head.length + 2).putInt(head.length).put(head)
                .put("{}".getBytes(StandardCharsets.UTF_8)).array();
    }

    private static List<String> keysOf(final List<TestRecord<byte[], byte[]>> records) {
        return records.stream().map(record -> new String(record.key(), StandardCharsets.UTF_8)).toList();
    }

    private static String header(final TestRecord<byte[], byte[]> record, final String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
