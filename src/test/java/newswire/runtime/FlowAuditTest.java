package newswire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.dedupe.Dedupe;
import newswire.dedupe.DedupeFrames;
import newswire.topology.DeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Every input ends as exactly one event or one dead letter, with its claims: how the audit tells. */
class FlowAuditTest {

    private final TopicNames topics = NewswireConfig.defaults().topics();
    private final FlowAudit audit = new FlowAudit(topics);
    private long offset;

    @Test
    void shouldFindTheInputsWithoutAnOutcomeAndThoseWithTwo() {
        // Given three inputs, one of them published twice, and outcomes for some
        add(topics.raw(), "a", "{}");
        add(topics.raw(), "b", "{}");
        add(topics.raw(), "c", "{}");
        add(topics.raw(), "c", "{}");
        add(topics.events(), "a", "{\"claims\":[{},{}]}");
        add(topics.deadLetters(), "b", "not json");
        add(topics.deadLetters(), "b", "not json");
        add(topics.events(), "c", "{\"claims\":[],\"duplicateOf\":\"a\"}");
        add(topics.events(), "z", "{\"claims\":[]}");

        final FlowAudit.Result result = audit.result();

        assertThat(result.lost()).isEqualTo(Map.of("c", 1L));
        assertThat(result.doubled()).isEqualTo(Map.of("b", 1L, "z", 1L));
        assertThat(result.exact()).isFalse();
        assertThat(result.describe())
                .isEqualTo("4 read → 3 events, 0 claims, 2 dead letters; 1 lost [c], 2 doubled [b, z]");
    }

    @Test
    void shouldAccountForAnArticleOnlyOnceItsOriginalsClaimsAreIn() throws InterruptedException {
        add(topics.raw(), "a", "{}");
        add(topics.raw(), "b", "{}");
        add(topics.events(), "a", "{\"claims\":[{},{}]}");
        add(topics.events(), "b", "{\"claims\":[{}],\"duplicateOf\":\"a\"}");
        add(topics.claims(), "a-1", "{}");
        assertThat(audit.await(2, 0, System.nanoTime())).as("a claim of a is missing").isFalse();

        add(topics.claims(), "a-2", "{}");

        assertThat(audit.await(2, 0, System.nanoTime())).isTrue();
        assertThat(audit.await(3, 0, System.nanoTime())).as("a third input was not read").isFalse();
        assertThat(audit.result().exact()).isTrue();
        assertThat(audit.result().duplicates()).isEqualTo(1);
        assertThat(audit.result().claimsExpected()).isEqualTo(2);
    }

    @Test
    void shouldCountTheDedupeDeadLettersOfOneInputRecordOnce() {
        // Given article "a" published twice (offsets 0 and 1), the records of its first publication in the dedupe
        // dead-lettered one by one (an undrained upgrade; the index threw on one), and article "b" (offset 2) with a
        // parse and a dedupe dead letter
        add(topics.raw(), "a", "{}");
        add(topics.raw(), "a", "{}");
        add(topics.raw(), "b", "{}");
        deadLetter("a", "dedupe", topics.raw(), 0);
        deadLetter("a", Dedupe.INDEX_PROCESSOR, topics.raw(), 0);
        deadLetter("a", "dedupe", topics.raw(), 0);
        add(topics.events(), "a", "{\"claims\":[]}");
        deadLetter("b", "parse", topics.raw(), 2);
        deadLetter("b", "dedupe", topics.raw(), 2);

        final FlowAudit.Result result = audit.result();

        // Then "a" is accounted for once per publication; "b", with two outcomes of other stages, is doubled
        assertThat(result.deadLetters()).isEqualTo(5);
        assertThat(result.lost()).isEmpty();
        assertThat(result.doubled()).isEqualTo(Map.of("b", 1L));
        assertThat(result.maybeOneArticle()).isEmpty();
    }

    @Test
    void shouldCountDedupeDeadLettersThatPointAtNoInputRecordEachAndSaySo() {
        // Given dedupe dead letters whose input was not known, both at one partition and offset of an internal topic
        add(topics.raw(), "c", "{}");
        deadLetter("c", "dedupe", "newswire-dedupe-bands-repartition", 0);
        deadLetter("c", "dedupe", "newswire-dedupe-bands-repartition", 0);

        // Then each counts, for nothing says they are of one input, and the audit says they may be
        final FlowAudit.Result result = audit.result();
        assertThat(result.doubled()).isEqualTo(Map.of("c", 1L));
        assertThat(result.maybeOneArticle()).containsExactly("c");
        assertThat(result.describe()).endsWith("1 doubled [c] (1 of them [c] with dedupe dead letters whose input "
                + "was not known: these may be one article's records in the dedupe, not two outcomes)");
    }

    @Test
    void shouldCountAWithdrawalAnEarlierReleaseDeadLetteredAsNoArticlesOutcome() {
        // Given article "d" dead-lettered in the dedupe (its input known), and the dead letters a release without
        // withdrawals made of two of the withdrawals that went with it, as 7bce55c's handler writes them: filed under
        // the article, no input known, so the band groups' topic and the withdrawal's bytes kept
        add(topics.raw(), "d", "{}");
        deadLetter("d", "dedupe", topics.raw(), 0);
        final String bands = "newswire-" + Dedupe.GROUPS_TOPIC + "-repartition";
        for (final var withdrawal : Dedupe.withdrawals("newswire", 2, "d", 1_000L)) {
            deadLetter("d", "dedupe", bands, withdrawal.partition(), withdrawal.value());
        }
        // and a band group of the same topic that could not be read, which is the article's
        deadLetter("e", "dedupe", bands, 0, DedupeFrames.bandGroup("e", "e", 0, 1, List.of("8a03c01b"), null));

        // Then "d" is accounted for once, the withdrawals by none, and the audit says what they were
        final FlowAudit.Result result = audit.result();
        assertThat(result.deadLetters()).isEqualTo(4);
        assertThat(result.withdrawalsUnread()).isEqualTo(2);
        assertThat(result.doubled()).isEqualTo(Map.of("e", 1L));
        assertThat(result.lost()).isEmpty();
        assertThat(result.describe()).endsWith("; 2 of the dead letters withdrawals an earlier release could not read,"
                + " no article's outcome");
    }

    private void deadLetter(final String key, final String stage, final String from, final long fromOffset) {
        deadLetter(key, stage, from, fromOffset, null);
    }

    private void deadLetter(final String key, final String stage, final String from, final long fromOffset,
                            final byte[] value) {
        final ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(topics.deadLetters(), 0, offset++,
                key.getBytes(StandardCharsets.UTF_8), value);
        record.headers().add(DeadLetters.STAGE_HEADER, stage.getBytes(StandardCharsets.UTF_8));
        record.headers().add(DeadLetters.TOPIC_HEADER, from.getBytes(StandardCharsets.UTF_8));
        record.headers().add(DeadLetters.PARTITION_HEADER, "0".getBytes(StandardCharsets.UTF_8));
        record.headers().add(DeadLetters.OFFSET_HEADER, String.valueOf(fromOffset).getBytes(StandardCharsets.UTF_8));
        audit.add(record);
    }

    private void add(final String topic, final String key, final String value) {
        audit.add(new ConsumerRecord<>(topic, 0, offset++, key.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8)));
    }
}
