package newswire.topology;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.serde.BinaryFields;
import newswire.serde.JsonSerde;
import newswire.topology.EstimateReports.SubjectReport;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * An event on its way through the dedupe to the outputs, with what the outputs write already written: the event's
 * JSON as {@code news.events} takes it, each claim's JSON as {@code news.claims} takes it, and each estimate report's
 * JSON as the repartition to its subject takes it.
 * The event is written once, before the dedupe, and never read back: the stages after the dedupe only route these
 * bytes, and the dedupe's mark is written into them ({@link #withDuplicateOf}). Reading the event back after the
 * dedupe and writing it again for the events topic was about a third of the stream thread's JSON work
 * (docs/performance.md, session 13). The written arrays are held as they are, never copied or changed, so records
 * compare them by identity.
 *
 * @param body        the story's text for the dedupe's sketch; not carried across the dedupe (null after it)
 * @param head        the event's CloudEvents attributes
 * @param duplicateOf the earlier copy the dedupe found, or null
 * @param event       the event's JSON, duplicateOf included
 */
record PreparedEvent(String body, Head head, String duplicateOf, byte[] event, List<WrittenClaim> claims,
                     List<WrittenReport> reports) {

    /** The CloudEvents attributes of the event ({@link CloudEventHeaders}), {@code time} as the header writes it. */
    record Head(String id, String type, String source, String time, String subject) {
    }

    /** A claim as the claims topic takes it. */
    record WrittenClaim(String id, ClaimKind kind, byte[] json) {
    }

    /** A {@link SubjectReport} as the repartition to its subject's estimate takes it, keyed by the subject's key. */
    record WrittenReport(String subject, byte[] json) {
    }

    private static final JsonSerde<ArticleEvent> EVENT_JSON = new JsonSerde<>(ArticleEvent.class);
    private static final JsonSerde<Claim> CLAIM_JSON = new JsonSerde<>(Claim.class);
    private static final JsonSerde<String> STRING_JSON = new JsonSerde<>(String.class);
    static final JsonSerde<SubjectReport> REPORT_JSON = new JsonSerde<>(SubjectReport.class);
    /** How the event's JSON ends before the dedupe: {@code duplicateOf} is the record's last component. */
    private static final byte[] NOT_A_DUPLICATE = ",\"duplicateOf\":null}".getBytes(StandardCharsets.UTF_8);
    /** How the event's JSON written without claims ends; its claims go after the first {@link #CLAIMS_OPEN} bytes. */
    private static final byte[] NO_CLAIMS = ",\"claims\":[],\"duplicateOf\":null}".getBytes(StandardCharsets.UTF_8);
    private static final int CLAIMS_OPEN = ",\"claims\":[".length();

    PreparedEvent {
        claims = List.copyOf(claims);
        reports = List.copyOf(reports);
    }

    /** The event (not yet marked by the dedupe) with its reports, written. */
    static PreparedEvent of(final ArticleEvent event, final List<SubjectReport> reports) {
        if (event.duplicateOf() != null) {
            throw new IllegalArgumentException("an event is prepared before the dedupe marks it: " + event.id());
        }
        final List<WrittenClaim> claims = new ArrayList<>(event.claims().size());
        for (final Claim claim : event.claims()) {
            claims.add(new WrittenClaim(claim.id(), claim.kind(), CLAIM_JSON.serialize(null, claim)));
        }
        final List<WrittenReport> written = new ArrayList<>(reports.size());
        for (final SubjectReport report : reports) {
            written.add(new WrittenReport(report.subject().key(), REPORT_JSON.serialize(null, report)));
        }
        final Head head = new Head(event.id(), event.type(), event.source(),
                event.time() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.time()),
                event.subject());
        return new PreparedEvent(event.article().body(), head, null, withClaims(event, claims), claims, written);
    }

    /**
     * The event's JSON with its claims' written JSON spliced in, which is what writing the whole event gives: the
     * event is written without claims, ending in {@link #NO_CLAIMS} ({@code claims} and {@code duplicateOf} are the
     * record's last components), and the claims go between the brackets. Each claim was written twice, inside the
     * event and alone for the claims topic; writing it once saves about half a point of the stream thread
     * (docs/performance.md, session 19).
     */
    private static byte[] withClaims(final ArticleEvent event, final List<WrittenClaim> claims) {
        final byte[] bare = EVENT_JSON.serialize(null, new ArticleEvent(event.id(), event.type(), event.source(),
                event.time(), event.subject(), event.article(), event.entities(), List.of(), null));
        final int kept = lengthBefore(bare, NO_CLAIMS, event.id(),
                "its claims and an unset duplicateOf: the event's layout changed");
        int length = bare.length + Math.max(0, claims.size() - 1);
        for (final WrittenClaim claim : claims) {
            length += claim.json().length;
        }
        final ByteBuffer whole = ByteBuffer.allocate(length).put(bare, 0, kept + CLAIMS_OPEN);
        for (int i = 0; i < claims.size(); i++) {
            if (i > 0) {
                whole.put((byte) ',');
            }
            whole.put(claims.get(i).json());
        }
        return whole.put(bare, kept + CLAIMS_OPEN, NO_CLAIMS.length - CLAIMS_OPEN).array();
    }

    /**
     * How many bytes of an event's JSON come before {@code ending}, which the splices rely on it ending with;
     * an event that does not is a programming error, named with {@code expected}.
     */
    private static int lengthBefore(final byte[] json, final byte[] ending, final String id, final String expected) {
        final int kept = json.length - ending.length;
        if (kept < 0 || !Arrays.equals(json, kept, json.length, ending, 0, ending.length)) {
            throw new IllegalStateException("the JSON of event " + id + " does not end with " + expected);
        }
        return kept;
    }

    /**
     * This event marked as a copy of {@code earlierArticleId} (or left unmarked for null): its JSON is what writing
     * {@code event.withDuplicateOf(earlierArticleId)} gives, made by replacing the closing {@code null} of
     * {@code duplicateOf} with the id as a JSON string.
     */
    PreparedEvent withDuplicateOf(final String earlierArticleId) {
        if (earlierArticleId == null) {
            return this;
        }
        final int kept = lengthBefore(event, NOT_A_DUPLICATE, head.id(),
                "an unset duplicateOf: it was marked already, or its layout changed");
        final ByteArrayOutputStream marked = new ByteArrayOutputStream(event.length + earlierArticleId.length() + 8);
        marked.write(event, 0, kept);
        marked.writeBytes(",\"duplicateOf\":".getBytes(StandardCharsets.UTF_8));
        marked.writeBytes(STRING_JSON.serialize(null, earlierArticleId));
        marked.write('}');
        return new PreparedEvent(body, head, earlierArticleId, marked.toByteArray(), claims, reports);
    }

    /**
     * How a prepared event crosses the dedupe: the length of its head (4 bytes, big-endian), the head, then the JSON
     * of the event, the claims and the reports verbatim, one after the other. The head is binary: a layout byte
     * ({@value #HEAD_LAYOUT}), the CloudEvents attributes, the event's length, each claim's id, kind and length, each
     * report's subject and length ({@link BinaryFields}: strings as a flag, then their UTF-8 length and bytes; counts
     * and lengths as big-endian ints). It was JSON until session 20, 1 % of the stream thread (docs/performance.md).
     * The body is not carried: the dedupe reads it before the first crossing only.
     */
    static final class Frames {

        /** The head's first byte; the heads of earlier releases were JSON objects, whose first byte is '{'. */
        static final byte HEAD_LAYOUT = 1;

        private record ClaimEntry(String id, ClaimKind kind, int bytes) {
        }

        private record ReportEntry(String subject, int bytes) {
        }

        /** What the head says: the attributes, and the length of each part that follows it. */
        private record FrameHead(Head attributes, int eventBytes, List<ClaimEntry> claims, List<ReportEntry> reports) {
        }

        private Frames() {
        }

        /** How prepared events cross the dedupe's repartition topics and wait in its store. */
        static Serde<PreparedEvent> serde() {
            return Serdes.serdeFrom((topic, prepared) -> write(prepared), (topic, bytes) -> read(bytes));
        }

        static byte[] write(final PreparedEvent prepared) {
            if (prepared == null) {
                return null;
            }
            int length = prepared.event().length;
            for (final WrittenClaim claim : prepared.claims()) {
                length += claim.json().length;
            }
            for (final WrittenReport report : prepared.reports()) {
                length += report.json().length;
            }
            final ByteBuffer frame = BinaryFields.frame(HEAD_LAYOUT, prepared, Frames::writeHead, length)
                    .put(prepared.event());
            prepared.claims().forEach(claim -> frame.put(claim.json()));
            prepared.reports().forEach(report -> frame.put(report.json()));
            return frame.array();
        }

        private static void writeHead(final PreparedEvent prepared, final DataOutputStream out) throws IOException {
            final Head attributes = prepared.head();
            for (final String attribute : new String[] {attributes.id(), attributes.type(), attributes.source(),
                    attributes.time(), attributes.subject()}) {
                BinaryFields.writeOptionalString(out, attribute);
            }
            out.writeInt(prepared.event().length);
            out.writeInt(prepared.claims().size());
            for (final WrittenClaim claim : prepared.claims()) {
                BinaryFields.writeOptionalString(out, claim.id());
                BinaryFields.writeOptionalString(out, claim.kind() == null ? null : claim.kind().name());
                out.writeInt(claim.json().length);
            }
            out.writeInt(prepared.reports().size());
            for (final WrittenReport report : prepared.reports()) {
                BinaryFields.writeOptionalString(out, report.subject());
                out.writeInt(report.json().length);
            }
        }

        static PreparedEvent read(final byte[] bytes) {
            if (bytes == null) {
                return null;
            }
            final FrameHead head = BinaryFields.readHead(bytes, HEAD_LAYOUT, "a prepared event's", Frames::readHead,
                    "a prepared event written as JSON by an earlier Newswire release: drain the input before "
                            + "upgrading (docs/resilience.md, Upgrades)");
            final ByteBuffer in = ByteBuffer.wrap(bytes).position(BinaryFields.partsStart(bytes));
            final byte[] event = next(in, head.eventBytes());
            final List<WrittenClaim> claims = new ArrayList<>(head.claims().size());
            for (final ClaimEntry entry : head.claims()) {
                claims.add(new WrittenClaim(entry.id(), entry.kind(), next(in, entry.bytes())));
            }
            final List<WrittenReport> reports = new ArrayList<>(head.reports().size());
            for (final ReportEntry entry : head.reports()) {
                reports.add(new WrittenReport(entry.subject(), next(in, entry.bytes())));
            }
            if (in.hasRemaining()) {
                throw new SerializationException("a prepared event's frame has " + in.remaining()
                        + " bytes after its last part");
            }
            return new PreparedEvent(null, head.attributes(), null, event, claims, reports);
        }

        private static FrameHead readHead(final ByteBuffer in) {
            final Head attributes = new Head(BinaryFields.readOptionalString(in), BinaryFields.readOptionalString(in),
                    BinaryFields.readOptionalString(in), BinaryFields.readOptionalString(in),
                    BinaryFields.readOptionalString(in));
            final int eventBytes = in.getInt();
            final List<ClaimEntry> claims = new ArrayList<>();
            for (int i = BinaryFields.readCount(in, in.remaining()); i > 0; i--) {
                final String id = BinaryFields.readOptionalString(in);
                final String kind = BinaryFields.readOptionalString(in);
                claims.add(new ClaimEntry(id, kind == null ? null : ClaimKind.valueOf(kind), in.getInt()));
            }
            final List<ReportEntry> reports = new ArrayList<>();
            for (int i = BinaryFields.readCount(in, in.remaining()); i > 0; i--) {
                reports.add(new ReportEntry(BinaryFields.readOptionalString(in), in.getInt()));
            }
            return new FrameHead(attributes, eventBytes, claims, reports);
        }

        /** The next part of a frame, {@code length} bytes, refused before it is allocated if fewer are left. */
        private static byte[] next(final ByteBuffer in, final int length) {
            if (length < 0 || length > in.remaining()) {
                throw new SerializationException("a prepared event's frame cut short or malformed: a part of "
                        + length + " bytes with " + in.remaining() + " left");
            }
            final byte[] part = new byte[length];
            in.get(part);
            return part;
        }
    }
}
