package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import newswire.estimate.EstimateBook;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.serde.JsonSerde;
import newswire.topology.EstimateReports.SubjectReport;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The event written once before the dedupe: the bytes the outputs take, marked without reading them back. */
class PreparedEventTest {

    private static final JsonSerde<ArticleEvent> EVENTS = new JsonSerde<>(ArticleEvent.class);
    private static final JsonSerde<Claim> CLAIMS = new JsonSerde<>(Claim.class);
    private static final ArticleEvent SEED = TopologyFixture.seedEvent();

    @Test
    void shouldWriteTheEventAndEachClaimAsTheirTopicsSerdesDo() {
        final PreparedEvent prepared = TopologyFixture.prepared(SEED);

        assertThat(prepared.event()).isEqualTo(EVENTS.serialize("t", SEED));
        assertThat(prepared.claims()).hasSameSizeAs(SEED.claims());
        for (int i = 0; i < SEED.claims().size(); i++) {
            assertThat(prepared.claims().get(i).id()).isEqualTo(SEED.claims().get(i).id());
            assertThat(prepared.claims().get(i).kind()).isEqualTo(SEED.claims().get(i).kind());
            assertThat(prepared.claims().get(i).json()).isEqualTo(CLAIMS.serialize("t", SEED.claims().get(i)));
        }
        assertThat(prepared.head()).isEqualTo(new PreparedEvent.Head(SEED.id(), SEED.type(), SEED.source(),
                "2024-10-21T18:59:00+09:00", SEED.subject()));
        assertThat(prepared.body()).isEqualTo(SEED.article().body());
    }

    @Test
    void shouldSpliceTheClaimsIntoTheEventAsWritingTheWholeEventDoes() {
        final ArticleEvent noClaims = new ArticleEvent(SEED.id(), SEED.type(), SEED.source(), SEED.time(),
                SEED.subject(), SEED.article(), SEED.entities(), List.of(), null);
        final ArticleEvent oneClaim = new ArticleEvent(SEED.id(), SEED.type(), SEED.source(), SEED.time(),
                SEED.subject(), SEED.article(), SEED.entities(), SEED.claims().subList(0, 1), null);

        assertThat(SEED.claims()).hasSizeGreaterThan(1);
        for (final ArticleEvent event : List.of(noClaims, oneClaim, SEED)) {
            assertThat(new String(PreparedEvent.of(event, List.of()).event(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(EVENTS.serialize("t", event), StandardCharsets.UTF_8));
        }
    }

    @Test
    void shouldWriteEachReportAsTheRepartitionToItsSubjectDid() {
        final Claim claim = SEED.claims().get(0);
        final SubjectReport report = new SubjectReport(EstimateBook.subjectOf(claim),
                EstimateBook.reportOf(claim, SEED, OffsetDateTime.parse("2024-10-21T10:00:00Z")));

        final PreparedEvent prepared = PreparedEvent.of(SEED, List.of(report));

        assertThat(prepared.reports()).singleElement().satisfies(written -> {
            assertThat(written.subject()).isEqualTo(report.subject().key());
            assertThat(written.json()).isEqualTo(new JsonSerde<>(SubjectReport.class).serialize("t", report));
        });
    }

    @Test
    void shouldMarkACopyWithTheBytesWritingTheMarkedEventGives() {
        final PreparedEvent prepared = TopologyFixture.prepared(SEED);

        // ids are hexadecimal, but any string must come out as the serde writes it: quotes, escapes, other scripts
        for (final String earlier : new String[] {"4f2a9c", "an \"odd\" id\\with\tescapes", "기사-7"}) {
            final PreparedEvent marked = prepared.withDuplicateOf(earlier);

            final byte[] written = EVENTS.serialize("t", SEED.withDuplicateOf(earlier));
            assertThat(new String(marked.event(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(written, StandardCharsets.UTF_8));
            assertThat(marked.duplicateOf()).isEqualTo(earlier);
        }
        assertThat(prepared.withDuplicateOf(null)).isSameAs(prepared);
    }

    @Test
    void shouldRefuseToMarkAnEventTwice() {
        final PreparedEvent marked = TopologyFixture.prepared(SEED).withDuplicateOf("first");

        assertThatThrownBy(() -> marked.withDuplicateOf("second")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("marked already");
    }

    @Test
    void shouldCarryEverythingButTheBodyAcrossTheDedupe() {
        final PreparedEvent prepared = TopologyFixture.prepared(SEED);

        final PreparedEvent read = PreparedEvent.Frames.read(PreparedEvent.Frames.write(prepared));

        assertThat(read.body()).isNull();
        assertThat(read.head()).isEqualTo(prepared.head());
        assertThat(read.reports()).hasSameSizeAs(prepared.reports());
        for (int i = 0; i < read.reports().size(); i++) {
            assertThat(read.reports().get(i).subject()).isEqualTo(prepared.reports().get(i).subject());
            assertThat(read.reports().get(i).json()).isEqualTo(prepared.reports().get(i).json());
        }
        assertThat(read.event()).isEqualTo(prepared.event());
        assertThat(read.claims()).hasSameSizeAs(prepared.claims());
        for (int i = 0; i < read.claims().size(); i++) {
            assertThat(read.claims().get(i).json()).isEqualTo(prepared.claims().get(i).json());
            assertThat(read.claims().get(i).id()).isEqualTo(prepared.claims().get(i).id());
        }
        assertThat(read.duplicateOf()).isNull();
    }

    @Test
    void shouldRefuseAFrameThatIsCutShort() {
        final byte[] frame = PreparedEvent.Frames.write(TopologyFixture.prepared(SEED));

        assertThatThrownBy(() -> PreparedEvent.Frames.read(Arrays.copyOf(frame, frame.length - 10)))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void shouldTellAnEventOfAnEarlierReleaseByItsJson() {
        final byte[] earlier = "{\"event\":{},\"reports\":[]}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PreparedEvent.Frames.read(earlier))
                .isInstanceOf(SerializationException.class).hasMessageContaining("drain the input before upgrading");
    }

    @Test
    void shouldTellAFrameWithTheJsonHeadOfAnEarlierRelease() {
        // Given a frame as releases before session 20 wrote it: the head's length, a JSON head, then the parts
        final byte[] head = "{\"head\":{\"id\":\"a1\"},\"eventBytes\":2,\"claims\":[],\"reports\":[]}"
                .getBytes(StandardCharsets.UTF_8);
        final byte[] earlier = ByteBuffer.allocate(Integer.BYTES + head.length + 2).putInt(head.length).put(head)
                .put("{}".getBytes(StandardCharsets.UTF_8)).array();

        assertThatThrownBy(() -> PreparedEvent.Frames.read(earlier))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("written as JSON by an earlier Newswire release: drain the input before upgrading");
    }

    @Test
    void shouldCarryAttributesThatAreNotSetAndIdsInOtherScripts() {
        final PreparedEvent bare = new PreparedEvent(null, new PreparedEvent.Head("기사-7", "t", null, null, null),
                null, "{}".getBytes(StandardCharsets.UTF_8),
                List.of(new PreparedEvent.WrittenClaim("주장-1", ClaimKind.KILLED, "[1]".getBytes(StandardCharsets.UTF_8))),
                List.of(new PreparedEvent.WrittenReport("서울|killed", "[2]".getBytes(StandardCharsets.UTF_8))));

        final PreparedEvent read = PreparedEvent.Frames.read(PreparedEvent.Frames.write(bare));

        assertThat(read.head()).isEqualTo(bare.head());
        assertThat(read.event()).isEqualTo(bare.event());
        assertThat(read.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.id()).isEqualTo("주장-1");
            assertThat(claim.kind()).isEqualTo(ClaimKind.KILLED);
            assertThat(claim.json()).isEqualTo("[1]".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(read.reports()).singleElement().satisfies(report -> {
            assertThat(report.subject()).isEqualTo("서울|killed");
            assertThat(report.json()).isEqualTo("[2]".getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void shouldRefuseAHeadOfAnotherLayoutOrWithBytesToSpare() {
        final byte[] frame = PreparedEvent.Frames.write(TopologyFixture.prepared(SEED));
        final byte[] otherLayout = frame.clone();
        otherLayout[Integer.BYTES] = 2;
        final int headLength = ByteBuffer.wrap(frame).getInt();
        final byte[] spare = ByteBuffer.allocate(frame.length + 1).putInt(headLength + 1)
                .put(frame, Integer.BYTES, headLength).put((byte) 0)
                .put(frame, Integer.BYTES + headLength, frame.length - Integer.BYTES - headLength).array();

        assertThatThrownBy(() -> PreparedEvent.Frames.read(otherLayout))
                .isInstanceOf(SerializationException.class).hasMessageContaining("head of layout 2, not 1");
        assertThatThrownBy(() -> PreparedEvent.Frames.read(spare))
                .isInstanceOf(SerializationException.class).hasMessageContaining("1 bytes after its last field");
    }

    @Test
    void shouldRefuseLengthsThatClaimMoreThanTheFrameHoldsBeforeAllocatingThem() {
        final byte[] frame = PreparedEvent.Frames.write(TopologyFixture.prepared(SEED));
        final byte[] longHead = frame.clone();
        ByteBuffer.wrap(longHead).putInt(Integer.MAX_VALUE);
        // The event's length stands after the layout byte and the five attributes; here it claims 2 GB
        final PreparedEvent.Head head = TopologyFixture.prepared(SEED).head();
        int at = Integer.BYTES + 1;
        for (final String attribute : new String[] {head.id(), head.type(), head.source(), head.time(),
                head.subject()}) {
            at += 1 + (attribute == null ? 0 : Integer.BYTES + attribute.getBytes(StandardCharsets.UTF_8).length);
        }
        final byte[] longEvent = frame.clone();
        assertThat(ByteBuffer.wrap(longEvent).getInt(at)).isEqualTo(TopologyFixture.prepared(SEED).event().length);
        ByteBuffer.wrap(longEvent).putInt(at, Integer.MAX_VALUE);

        assertThatThrownBy(() -> PreparedEvent.Frames.read(longHead))
                .isInstanceOf(SerializationException.class).hasMessageContaining("says its head is 2147483647 bytes");
        assertThatThrownBy(() -> PreparedEvent.Frames.read(longEvent))
                .isInstanceOf(SerializationException.class).hasMessageContaining("a part of 2147483647 bytes");
        assertThatThrownBy(() -> PreparedEvent.Frames.read(new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("cut short: 2 bytes");
    }
}
