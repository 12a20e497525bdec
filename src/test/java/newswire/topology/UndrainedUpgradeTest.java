package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import newswire.dedupe.Dedupe;
import newswire.dedupe.UnreadableEventException;
import newswire.serde.BinaryFields;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * An upgrade without the drain docs/resilience.md asks for: an article that crossed the dedupe's repartition topics
 * with its event in an earlier release's layout. The event cannot be read back; its dead letter still names the
 * article and its input record, as every other stage's does, and the next article goes through.
 */
class UndrainedUpgradeTest {

    /** The dedupe's verdicts topic, whose records are keyed by the delivery (article id, partition and offset). */
    private static final String VERDICTS = "newswire-" + Dedupe.VERDICTS_TOPIC + "-repartition";

    @Test
    void shouldDeadLetterAnEventOfAnEarlierLayoutUnderItsArticleAndInput() {
        try (TopologyFixture fixture = new TopologyFixture()) {
            // Given the last verdict of article "seed", read at partition 0, offset 4 of the input, carrying its event
            // as a release with a JSON head wrote it
            final TestInputTopic<String, byte[]> verdicts = fixture.driver.createInputTopic(VERDICTS,
                    new StringSerializer(), new ByteArraySerializer());
            verdicts.pipeInput("seed@0:4", verdict("seed", "seed@0:4", earlierPreparedEvent()));

            // Then it is one dead letter, filed under the article's id, pointing at its input
            assertThat(fixture.events.isEmpty()).isTrue();
            final TestRecord<byte[], byte[]> deadLetter = fixture.deadLetters.readRecord();
            assertThat(fixture.deadLetters.isEmpty()).isTrue();
            assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("seed");
            assertThat(deadLetter.value()).isNull();
            final Headers headers = deadLetter.headers();
            assertThat(header(headers, DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.DEDUPE);
            assertThat(header(headers, DeadLetters.EXCEPTION_HEADER)).isEqualTo(UnreadableEventException.class.getName());
            assertThat(header(headers, DeadLetters.MESSAGE_HEADER))
                    .contains("article seed").contains("drain the input before upgrading");
            assertThat(header(headers, DeadLetters.TOPIC_HEADER)).isEqualTo(fixture.topics.raw().name());
            assertThat(header(headers, DeadLetters.PARTITION_HEADER)).isEqualTo("0");
            assertThat(header(headers, DeadLetters.OFFSET_HEADER)).isEqualTo("4");
            assertThat(header(headers, DeadLetters.ORIGINAL_HEADER)).contains(VERDICTS + "-0@0");

            // And the application goes on: the next article becomes its event
            fixture.raw.pipeInput("next", TopologyFixture.seed("next"));
            assertThat(fixture.events.readRecord().key()).isEqualTo("next");
            assertThat(fixture.deadLetters.isEmpty()).isTrue();
        }
    }

    /** A prepared event as releases before session 20 wrote it: the length of a JSON head, the head, the event. */
    private static byte[] earlierPreparedEvent() {
        final byte[] head = "{\"id\":\"seed\",\"eventBytes\":2}".getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(Integer.BYTES + head.length + 2).putInt(head.length).put(head)
                .put("{}".getBytes(StandardCharsets.UTF_8)).array();
    }

    /** The only verdict an article filed in index partition 0 waits for, carrying its event, as the dedupe frames it. */
    private static byte[] verdict(final String articleId, final String delivery, final byte[] event) {
        return BinaryFields.frame((byte) 1, articleId, (id, out) -> {
            BinaryFields.writeString(out, id);
            BinaryFields.writeString(out, delivery);
            out.writeInt(0);
            out.writeInt(1);
            out.writeBoolean(false);
        }, event.length).put(event).array();
    }

    private static String header(final Headers headers, final String key) {
        return headers.lastHeader(key) == null ? null
                : new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
