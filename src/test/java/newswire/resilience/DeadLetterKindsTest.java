package newswire.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import newswire.clean.ArticleCleaner;
import newswire.config.NewswireConfig;
import newswire.enrich.Enricher;
import newswire.extract.ClaimExtractor;
import newswire.model.Claim;
import newswire.model.CleanArticle;
import newswire.model.RawArticle;
import newswire.pipeline.ArticlePipeline;
import newswire.pipeline.ArticleValidator;
import newswire.pipeline.RejectedArticleException;
import newswire.topology.DeadLetters;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import newswire.topology.Topics;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of input Newswire cannot turn into an event ends on the dead-letter topic: the original key and bytes
 * unchanged, headers saying which stage failed, with what exception and message, where the record was read (topic,
 * partition, offset) and when; and the application goes on with the next record.
 *
 * <p>Failures of the producer (a result too large for the broker) cannot happen in a TopologyTestDriver; they are
 * proven on the real broker by {@code TooLargeForTheBrokerIT}.
 */
class DeadLetterKindsTest {

    /** A state directory of this test's own: a fixed one under /tmp is shared with every other build on the host. */
    @TempDir
    Path stateDir;

    private static final Instant T0 = Instant.parse("2024-10-21T10:00:00Z");
    private static final int MAX_CHARS = 200;
    /** Articles whose id starts with these make the cleaner or the extractor throw, as a bug in either would. */
    private static final String CLEAN_BOMB = "boom-clean";
    private static final String EXTRACT_BOMB = "boom-extract";
    /** Articles whose id starts with this get claims without a kind, so making their estimate reports throw. */
    private static final String REPORT_BOMB = "boom-report";

    private final NewswireConfig config = NewswireConfig.defaults().with(Map.of("max.task.idle.ms", "0",
            NewswireConfig.MAX_ARTICLE_CHARS, String.valueOf(MAX_CHARS)));
    private final Topics topics = Topics.named(config.topics());
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, byte[]> events;
    private TestOutputTopic<String, byte[]> clean;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() {
        final ArticleCleaner cleaner = ArticleCleaner.standard();
        final ClaimExtractor extractor = ClaimExtractor.standard();
        final ArticlePipeline pipeline = new ArticlePipeline(new ArticleValidator(config.maxArticleChars()),
                (RawArticle article) -> {
                    if (article.id().startsWith(CLEAN_BOMB)) {
                        throw new IllegalStateException("cleaner bug on " + article.id());
                    }
                    return cleaner.clean(article);
                },
                (CleanArticle article) -> {
                    if (article.id().startsWith(EXTRACT_BOMB)) {
                        throw new ArithmeticException("extractor bug on " + article.id());
                    }
                    final List<Claim> claims = extractor.extract(article);
                    return article.id().startsWith(REPORT_BOMB)
                            ? claims.stream().map(DeadLetterKindsTest::withoutKind).toList() : claims;
                },
                Enricher.standard());
        final Properties properties = StreamsProperties.from(config);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(NewswireTopology.of(config, topics, pipeline).build(), properties);
        raw = driver.createInputTopic(topics.raw().name(), new org.apache.kafka.common.serialization.StringSerializer(),
                new ByteArraySerializer());
        events = driver.createOutputTopic(topics.events().name(), new StringDeserializer(), new ByteArrayDeserializer());
        clean = driver.createOutputTopic(topics.clean().name(), new StringDeserializer(), new ByteArrayDeserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    /** One poison input each: a name, its bytes, and the stage, exception and message its dead letter must carry. */
    static Stream<Arguments> poison() {
        return Stream.of(
                Arguments.of("not JSON", utf8("this is { not json"),
                        NewswireTopology.PARSE, SerializationException.class, "not a RawArticle JSON document"),
                Arguments.of("JSON, but no body", utf8("{\"id\":\"x\",\"source\":\"s\"}"),
                        NewswireTopology.VALIDATE, RejectedArticleException.class, "no body"),
                Arguments.of("JSON, body of the wrong type", utf8("{\"id\":\"x\",\"body\":[\"a\",\"b\"]}"),
                        NewswireTopology.PARSE, SerializationException.class, "not a RawArticle JSON document"),
                Arguments.of("JSON array, not an object", utf8("[1,2,3]"),
                        NewswireTopology.PARSE, SerializationException.class, "not a RawArticle JSON document"),
                Arguments.of("empty body", utf8("{\"id\":\"x\",\"body\":\"\"}"),
                        NewswireTopology.VALIDATE, RejectedArticleException.class, "empty body"),
                Arguments.of("blank body", utf8("{\"id\":\"x\",\"body\":\" \\n\\t \"}"),
                        NewswireTopology.VALIDATE, RejectedArticleException.class, "empty body"),
                Arguments.of("binary bytes", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0},
                        NewswireTopology.PARSE, SerializationException.class, "not a RawArticle JSON document"),
                Arguments.of("empty value (zero bytes)", new byte[0],
                        NewswireTopology.PARSE, SerializationException.class, "RawArticle"),
                Arguments.of("invalid UTF-8 inside a JSON string",
                        concat(utf8("{\"id\":\"x\",\"body\":\"caf"), new byte[] {(byte) 0xC3, 0x28}, utf8("\"}")),
                        NewswireTopology.PARSE, SerializationException.class, "UTF-8"),
                Arguments.of("body over newswire.max.article.chars",
                        utf8("{\"id\":\"x\",\"body\":\"" + "a".repeat(MAX_CHARS + 1) + "\"}"),
                        NewswireTopology.VALIDATE, RejectedArticleException.class, "over the limit of " + MAX_CHARS),
                Arguments.of("unsupported content type", utf8("{\"id\":\"x\",\"contentType\":\"image/png\",\"body\":\"b\"}"),
                        NewswireTopology.VALIDATE, RejectedArticleException.class, "unsupported contentType"),
                Arguments.of("null value (tombstone)", null,
                        NewswireTopology.VALIDATE, RejectedArticleException.class, "tombstone"),
                Arguments.of("an exception inside cleaning",
                        utf8("{\"id\":\"" + CLEAN_BOMB + "\",\"body\":\"A title\\n\\nSome text of the story.\"}"),
                        NewswireTopology.CLEAN, IllegalStateException.class, "cleaner bug on " + CLEAN_BOMB),
                Arguments.of("an exception inside extraction",
                        utf8("{\"id\":\"" + EXTRACT_BOMB + "\",\"body\":\"A title\\n\\nSome text of the story.\"}"),
                        NewswireTopology.EXTRACT, ArithmeticException.class, "extractor bug on " + EXTRACT_BOMB),
                Arguments.of("an exception making the estimate reports, the last stage before the dedupe repartitions",
                        utf8("{\"id\":\"" + REPORT_BOMB + "\",\"body\":\"A title\\n\\nSome 1,500 North Korean troops were sent.\"}"),
                        NewswireTopology.ESTIMATE_REPORTS, NullPointerException.class, "kind()"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poison")
    void shouldSendThePoisonToTheDeadLetterTopicWithItsOriginalBytesAndWhyAndGoOn(
            final String kind, final byte[] value, final String stage, final Class<? extends Exception> exception,
            final String message) {
        // Given a good article already processed, so the poison is not at offset 0
        final RecordHeaders producerHeaders = new RecordHeaders();
        producerHeaders.add("trace-id", utf8("t-1"));
        raw.pipeInput(new TestRecord<>("good-1", goodArticle("good-1"), T0));

        // When the poison record arrives, with a producer header, followed by another good article
        final Instant poisonTime = T0.plusSeconds(1);
        final Instant before = Instant.now();
        raw.pipeInput(new TestRecord<>("poison-key", value, producerHeaders, poisonTime));
        raw.pipeInput(new TestRecord<>("good-2", goodArticle("good-2"), T0.plusSeconds(2)));

        // Then it is the one dead letter: the original key and bytes, the stage, the error and where it was read
        final List<TestRecord<byte[], byte[]>> letters = deadLetters.readRecordsToList();
        assertThat(letters).as(kind).hasSize(1);
        final TestRecord<byte[], byte[]> letter = letters.get(0);
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("poison-key");
        assertThat(letter.value()).isEqualTo(value);
        final Headers headers = letter.headers();
        assertThat(header(headers, DeadLetters.STAGE_HEADER)).as("stage").isEqualTo(stage);
        assertThat(header(headers, DeadLetters.EXCEPTION_HEADER)).as("exception").isEqualTo(exception.getName());
        assertThat(header(headers, DeadLetters.MESSAGE_HEADER)).as("message").contains(message);
        assertThat(header(headers, "__streams.errors.stacktrace")).as("stack trace").contains(exception.getName());
        assertThat(header(headers, DeadLetters.TOPIC_HEADER)).isEqualTo(topics.raw().name());
        assertThat(header(headers, DeadLetters.PARTITION_HEADER)).isEqualTo("0");
        assertThat(header(headers, DeadLetters.OFFSET_HEADER)).isEqualTo("1");
        assertThat(Instant.parse(header(headers, DeadLetters.FAILED_AT_HEADER)))
                .isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(header(headers, "trace-id")).as("the producer's own headers are kept").isEqualTo("t-1");

        // And the articles around it have their events, the poison none; a poison that failed before or in cleaning
        // has no clean article either (one that failed after cleaning was cleaned, and news.clean says so)
        assertThat(events.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("good-1", "good-2");
        final List<String> cleaned = clean.readKeyValuesToList().stream().map(kv -> kv.key).toList();
        if (!List.of(NewswireTopology.EXTRACT, NewswireTopology.ESTIMATE_REPORTS).contains(stage)) {
            assertThat(cleaned).containsExactly("good-1", "good-2");
        }
    }

    /** A claim as an extractor bug could make it: a figure and an actor, but no kind, so it has no estimate subject. */
    private static Claim withoutKind(final Claim claim) {
        return new Claim(claim.id(), claim.articleId(), null, claim.quantity(), claim.unit(), claim.actor(),
                claim.destination(), claim.location(), claim.status(), claim.attribution(), claim.evidence(),
                claim.confidence());
    }

    private static byte[] goodArticle(final String id) {
        return utf8("{\"id\":\"" + id + "\",\"source\":\"" + id + ".txt\",\"contentType\":\"text/plain\","
                + "\"body\":\"Some 1,500 troops were sent.\\n\\nA second paragraph.\",\"fetchedAt\":\"2024-10-21T10:00:00Z\"}");
    }

    private static String header(final Headers headers, final String name) {
        assertThat(headers.lastHeader(name)).as("header " + name).isNotNull();
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(final byte[]... parts) {
        final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (final byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
