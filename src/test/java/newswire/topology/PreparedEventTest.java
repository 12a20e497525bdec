package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import newswire.estimate.EstimateBook;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
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
}
