package newswire.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import newswire.dedupe.DedupeRecords.BandGroup;
import newswire.dedupe.DedupeRecords.IndexInput;
import newswire.dedupe.DedupeRecords.PartitionVerdict;
import newswire.dedupe.DedupeRecords.Seen;
import newswire.dedupe.DedupeRecords.Withdrawal;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The dedupe records on their repartition topics: their fields in a binary head, then the event's bytes as is. */
class EventFrameSerdeTest {

    private static final byte[] EVENT_JSON = "{\"id\":\"seed\",\"claims\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final Sketch SKETCH = Sketch.of("Seoul said 1,500 North Korean troops were sent to Russia.");

    private final EventFrameSerde<BandGroup> entries = EventFrameSerde.bandGroups();
    private final EventFrameSerde<PartitionVerdict> verdicts = EventFrameSerde.verdicts();

    @Test
    void shouldWriteTheRecordsHeadWithoutTheEventThenTheEventsBytesVerbatim() {
        // Given the first group of an article's band keys, which carries the event
        final BandGroup entry = group(EVENT_JSON);

        // When it is framed
        final byte[] frame = entries.serialize("t", entry);

        // Then the frame is the head's length, the head (its layout, then the other fields), and the event unchanged
        final int headLength = ByteBuffer.wrap(frame).getInt();
        assertThat(frame[Integer.BYTES]).isEqualTo((byte) 1);
        assertThat(frame).hasSize(Integer.BYTES + headLength + EVENT_JSON.length);
        assertThat(Arrays.copyOfRange(frame, Integer.BYTES + headLength, frame.length)).isEqualTo(EVENT_JSON);
        final BandGroup read = entries.deserialize("t", frame);
        assertThat(read.withEvent(null)).isEqualTo(entry.withEvent(null));
        assertThat(read.sketch()).isEqualTo(SKETCH);
        assertThat(read.event()).isEqualTo(EVENT_JSON);
        // And its length is known without writing the event, as the size limit counts it
        assertThat(entries.frameLength(entry)).isEqualTo(frame.length);
    }

    @Test
    void shouldKeepTheBandGroupsFrameOnTheTopicItSharesWithWithdrawalsAndTellTheTwoApart() {
        final Serde<IndexInput> toIndex = EventFrameSerde.indexInputs();
        final BandGroup entry = group(EVENT_JSON);
        final Withdrawal withdrawal = new Withdrawal("dam-breach", 1_700_000_000_000L);

        // A band group is framed as it was before withdrawals shared its topic, and read back as a band group
        final byte[] frame = toIndex.serializer().serialize("t", entry);
        assertThat(frame).isEqualTo(entries.serialize("t", entry));
        assertThat(toIndex.deserializer().deserialize("t", frame)).isInstanceOfSatisfying(BandGroup.class,
                read -> assertThat(read.withEvent(null)).isEqualTo(entry.withEvent(null)));

        // A withdrawal is a head of its own layout and read back as one
        final byte[] withdrawn = toIndex.serializer().serialize("t", withdrawal);
        assertThat(withdrawn[Integer.BYTES]).isEqualTo(EventFrameSerde.WITHDRAWAL_TAG);
        assertThat(toIndex.deserializer().deserialize("t", withdrawn)).isEqualTo(withdrawal);
        assertThatThrownBy(() -> entries.deserialize("t", withdrawn)).isInstanceOf(SerializationException.class);
    }

    @Test
    void shouldKeepTheWithdrawalsTagOutOfTheRangeTheBandGroupsLayoutCountsThrough() {
        // A band group's layout is a version, counted up from 1 when its head changes (as PendingVerdict went from 1
        // to 2); the withdrawal's tag shares the topic, so the layouts of the next many releases must not meet it
        assertThat(EventFrameSerde.HEAD_LAYOUT).isEqualTo((byte) 1);
        assertThat(EventFrameSerde.WITHDRAWAL_TAG).isGreaterThan((byte) (EventFrameSerde.HEAD_LAYOUT + 31))
                .isNotEqualTo((byte) '{');

        // And a band group of the present layout is never read as a withdrawal
        assertThat(EventFrameSerde.isWithdrawal(entries.serialize("t", group(EVENT_JSON)))).isFalse();
    }

    @Test
    void shouldReadBackAVerdictThatFoundNothing() {
        final PartitionVerdict verdict = new PartitionVerdict("기사-7", "기사-7@2:19", 2, 0b101, null, null);

        assertThat(verdicts.deserialize("t", verdicts.serialize("t", verdict))).isEqualTo(verdict);
    }

    @Test
    void shouldReadBackARecordAndTheEventItCarries() {
        final PartitionVerdict verdict = new PartitionVerdict("seed", "seed@0:4", 0, 0b11, new Seen("first", 7L),
                EVENT_JSON);

        final PartitionVerdict read = verdicts.deserialize("t", verdicts.serialize("t", verdict));

        // Records compare arrays by identity: the fields apart from the event, then the event's bytes
        assertThat(read.withEvent(null)).isEqualTo(verdict.withEvent(null));
        assertThat(read.event()).isEqualTo(EVENT_JSON);
    }

    @Test
    void shouldReadBackARecordThatCarriesNoEventWithNone() {
        final BandGroup entry = group(null);

        final byte[] frame = entries.serialize("t", entry);

        assertThat(frame).hasSize(Integer.BYTES + ByteBuffer.wrap(frame).getInt());
        assertThat(entries.deserialize("t", frame)).isEqualTo(entry);
        assertThat(entries.deserialize("t", frame).sketch()).isEqualTo(SKETCH);
    }

    @Test
    void shouldReadNothingAsNull() {
        assertThat(entries.serialize("t", null)).isNull();
        assertThat(entries.deserialize("t", null)).isNull();
    }

    @Test
    void shouldRefuseAFrameTooShortToHoldItsLength() {
        assertThatThrownBy(() -> entries.deserialize("t", new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("BandGroup frame cut short: 3 bytes");
        assertThatThrownBy(() -> entries.deserialize("t", new byte[0]))
                .isInstanceOf(SerializationException.class).hasMessageContaining("cut short");
    }

    @Test
    void shouldRefuseAFrameWhoseHeadIsCutShort() {
        final byte[] frame = entries.serialize("t", group(null));
        final byte[] shortHead = Arrays.copyOf(frame, frame.length - 1);
        ByteBuffer.wrap(shortHead).putInt(frame.length - 1 - Integer.BYTES);

        assertThatThrownBy(() -> entries.deserialize("t", Arrays.copyOf(frame, frame.length - 1)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("frame of " + (frame.length - 1) + " bytes says its head is "
                        + (frame.length - Integer.BYTES) + " bytes long");
        assertThatThrownBy(() -> entries.deserialize("t", shortHead))
                .isInstanceOf(SerializationException.class).hasMessageContaining("BandGroup head cut short");
    }

    @Test
    void shouldRefuseAHeadWhoseStringOrKeyCountClaimsMoreBytesThanItHolds() {
        // a head of the right length whose first string says it is 2 GB long, and one whose key count does:
        // refused before anything of that size is allocated
        final byte[] frame = entries.serialize("t", group(null));
        final byte[] hugeString = frame.clone();
        ByteBuffer.wrap(hugeString).putInt(Integer.BYTES + 1, Integer.MAX_VALUE);
        final byte[] hugeKeyCount = frame.clone();
        // the frame's length, the layout byte, the article id and the delivery (each a length and its bytes), the
        // partition and the expected bands: then the key count
        final int keyCountAt = Integer.BYTES + 1 + Integer.BYTES + "seed".length() + Integer.BYTES + "seed@0:4".length()
                + 2 * Integer.BYTES;
        ByteBuffer.wrap(hugeKeyCount).putInt(keyCountAt, Integer.MAX_VALUE);

        assertThatThrownBy(() -> entries.deserialize("t", hugeString))
                .isInstanceOf(SerializationException.class).hasMessageContaining("head cut short or malformed");
        assertThatThrownBy(() -> entries.deserialize("t", hugeKeyCount))
                .isInstanceOf(SerializationException.class).hasMessageContaining("a count of 2147483647");
    }

    @Test
    void shouldRefuseANegativeLength() {
        final byte[] frame = ByteBuffer.allocate(8).putInt(-5).putInt(0).array();

        assertThatThrownBy(() -> verdicts.deserialize("t", frame))
                .isInstanceOf(SerializationException.class).hasMessageContaining("says its head is -5 bytes long");
    }

    @Test
    void shouldSayWhenARecordIsInTheJsonShapeOfAnEarlierRelease() {
        // Given a band entry as releases before the frame wrote it: one JSON object, the event inside it
        final byte[] earlier = ("{\"articleId\":\"seed\",\"delivery\":\"seed@0:4\","
                + "\"fingerprint\":\"0123456789abcdef\",\"band\":3,\"event\":null,\"reports\":null}")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> entries.deserialize("t", earlier))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("written as JSON by an earlier Newswire release: drain the input");
    }

    @Test
    void shouldSayWhenAFramesHeadIsTheJsonOfAnEarlierRelease() {
        // Given a verdict as the frames before session 19 wrote it: the length, a JSON head, no event
        final byte[] earlier = DedupeFrames.jsonHeadFrame(
                "{\"articleId\":\"seed\",\"delivery\":\"seed@0:4\",\"partition\":0,\"expected\":1}", "");

        assertThatThrownBy(() -> verdicts.deserialize("t", earlier))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("PartitionVerdict written as JSON by an earlier Newswire release: drain");
    }

    private static BandGroup group(final byte[] event) {
        return new BandGroup("seed", "seed@0:4", 1, 0b110, List.of("3:00000000000000ff", "9:0000000000000abc"), SKETCH,
                event);
    }
}
