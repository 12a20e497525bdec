package newswire.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import newswire.clean.ArticleCleaner;
import newswire.config.NewswireConfig;
import newswire.dedupe.Dedupe;
import newswire.enrich.Enricher;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import newswire.model.CleanArticle;
import newswire.model.Quantity;
import newswire.pipeline.ArticlePipeline;
import newswire.pipeline.ArticleValidator;
import newswire.topology.DeadLetters;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import newswire.topology.Topics;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Results and dead letters larger than the producer may send ({@code max.request.size}): the result is refused before
 * it is sent and its input becomes a dead letter with its original bytes; a dead letter that would itself be too large
 * is cut to fit, saying so, never dropped.
 */
class OversizedResultTest {

    private static final Instant T0 = Instant.parse("2024-10-21T10:00:00Z");
    private static final int MAX_REQUEST_SIZE = 8_000;
    private static final int MAX_CHARS = 100;
    /** An article with this id gets 100 claims: a small input whose event is far over the limit. */
    private static final String MANY_CLAIMS = "many-claims";

    private final NewswireConfig config = NewswireConfig.defaults().with(Map.of("max.task.idle.ms", "0",
            "max.request.size", String.valueOf(MAX_REQUEST_SIZE),
            NewswireConfig.MAX_ARTICLE_CHARS, String.valueOf(MAX_CHARS)));
    private final Topics topics = Topics.from(config);
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, byte[]> events;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() throws IOException {
        final ArticleCleaner cleaner = ArticleCleaner.standard();
        final ArticlePipeline pipeline = new ArticlePipeline(new ArticleValidator(config.maxArticleChars()),
                cleaner::clean, OversizedResultTest::claims, Enricher.standard());
        final Properties properties = StreamsProperties.from(config);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("newswire-ttd-size").toString());
        driver = new TopologyTestDriver(NewswireTopology.of(config, topics, pipeline).build(), properties);
        raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
        events = driver.createOutputTopic(topics.events().name(), new StringDeserializer(), new ByteArrayDeserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldSendTheInputOfAnEventTooLargeToSendToTheDeadLetterTopicWithItsOriginalBytes() {
        // Given a small article whose event, with its 100 claims, is over max.request.size
        final byte[] input = article(MANY_CLAIMS, "A title\\n\\nTroops everywhere in the region.");

        // When it is processed between two ordinary articles
        raw.pipeInput(new TestRecord<>("a", article("a", "A title\\n\\nSome text of the story."), T0));
        raw.pipeInput(new TestRecord<>(MANY_CLAIMS, input, T0.plusSeconds(1)));
        raw.pipeInput(new TestRecord<>("b", article("b", "A title\\n\\nSome text of the story."), T0.plusSeconds(2)));

        // Then the ordinary ones have events, and the big one is a dead letter of the produce stage with its input
        assertThat(events.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a", "b");
        final List<TestRecord<byte[], byte[]>> letters = deadLetters.readRecordsToList();
        assertThat(letters).hasSize(1);
        final TestRecord<byte[], byte[]> letter = letters.get(0);
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo(MANY_CLAIMS);
        assertThat(letter.value()).isEqualTo(input);
        assertThat(header(letter.headers(), DeadLetters.STAGE_HEADER)).isEqualTo(DeadLetters.PRODUCE_STAGE);
        assertThat(header(letter.headers(), DeadLetters.EXCEPTION_HEADER))
                .isEqualTo(RecordTooLargeException.class.getName());
        assertThat(header(letter.headers(), DeadLetters.MESSAGE_HEADER)).contains("over the limit");
        // The event is first written whole on its way to dedupe, so that is where the limit refuses it
        assertThat(header(letter.headers(), DeadLetters.OUTPUT_TOPIC_HEADER))
                .endsWith(Dedupe.GROUPS_TOPIC + "-repartition");
        assertThat(header(letter.headers(), DeadLetters.TOPIC_HEADER)).isEqualTo(topics.raw().name());
        assertThat(header(letter.headers(), DeadLetters.OFFSET_HEADER)).isEqualTo("1");
        assertThat(letter.headers().lastHeader(DeadLetters.ORIGINAL_HEADER)).isNull();
        assertThat(letter.headers().lastHeader(DeadLetters.TRUNCATED_HEADER)).isNull();
    }

    @Test
    void shouldCutADeadLetterTooLargeToSendAndSaySoRatherThanLoseIt() throws Exception {
        // Given an article over newswire.max.article.chars whose bytes alone are over max.request.size
        final byte[] input = article("huge", "x".repeat(3 * MAX_REQUEST_SIZE));

        // When it is processed
        raw.pipeInput(new TestRecord<>("huge", input, T0));
        raw.pipeInput(new TestRecord<>("after", article("after", "A title\\n\\nSome text of the story."), T0.plusSeconds(1)));

        // Then its dead letter fits: the value cut, the stack trace dropped, and headers for the rest
        final TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("huge");
        assertThat(letter.value().length).isLessThan(MAX_REQUEST_SIZE).isGreaterThan(MAX_REQUEST_SIZE / 2);
        assertThat(input).startsWith(letter.value());
        final Headers headers = letter.headers();
        assertThat(header(headers, DeadLetters.TRUNCATED_HEADER)).isEqualTo(String.valueOf(input.length));
        assertThat(header(headers, DeadLetters.SHA256_HEADER))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input)));
        assertThat(header(headers, DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.VALIDATE);
        assertThat(header(headers, DeadLetters.MESSAGE_HEADER)).contains("over the limit of " + MAX_CHARS);
        assertThat(header(headers, DeadLetters.OFFSET_HEADER)).isEqualTo("0");
        assertThat(headers.lastHeader(DeadLetters.STACKTRACE_HEADER)).isNull();
        assertThat(events.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("after");
    }

    private static List<Claim> claims(final CleanArticle article) {
        if (!article.id().equals(MANY_CLAIMS)) {
            return List.of();
        }
        return IntStream.range(0, 100).mapToObj(n -> new Claim(article.id() + "-" + n, article.id(), ClaimKind.TROOPS,
                new Quantity(1500L, null, null, true, "some", "some 1,500"), "troops", null, null, null,
                ClaimStatus.REPORTED, null, null, 0.5)).toList();
    }

    private static byte[] article(final String id, final String body) {
        return ("{\"id\":\"" + id + "\",\"source\":\"" + id + ".txt\",\"body\":\"" + body + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String header(final Headers headers, final String name) {
        assertThat(headers.lastHeader(name)).as("header " + name).isNotNull();
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
