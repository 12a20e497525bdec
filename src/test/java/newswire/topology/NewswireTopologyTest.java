package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newswire.config.NewswireConfig;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import newswire.model.CleanArticle;
import newswire.model.RawArticle;
import newswire.serde.JsonSerde;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewswireTopologyTest {

    private static final Instant T0 = Instant.parse("2024-10-21T10:00:00Z");

    private TopologyFixture fixture;
    private Topics topics;
    private TestInputTopic<String, RawArticle> raw;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, CleanArticle> clean;
    private TestOutputTopic<String, ArticleEvent> events;
    private TestOutputTopic<String, Claim> claims;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() {
        fixture = new TopologyFixture();
        topics = fixture.topics;
        raw = fixture.raw;
        rawBytes = fixture.rawBytes;
        clean = fixture.clean;
        events = fixture.events;
        claims = fixture.claims;
        deadLetters = fixture.deadLetters;
    }

    @AfterEach
    void closeDriver() {
        fixture.close();
    }

    @Test
    void shouldTurnTheSeedArticleIntoOneEventWithItsTwoTroopClaims() throws IOException {
        // Given the seed article as `newswire publish` sends it
        final RawArticle seed = TopologyFixture.seed("23a076b1477290e0");

        // When it is processed
        raw.pipeInput(new TestRecord<>(seed.id(), seed, T0));

        // Then one clean article, one event and two claims come out, and nothing goes to the dead-letter topic
        final CleanArticle article = clean.readValue();
        final ArticleEvent event = events.readValue();
        assertThat(event.article()).isEqualTo(article);
        assertThat(event.id()).isEqualTo(seed.id());
        assertThat(article.title())
                .isEqualTo("Yoon, NATO chief agree to share information on North's dispatch of troops to Russia");
        assertThat(article.publishedAt()).isEqualTo(OffsetDateTime.parse("2024-10-21T18:59:00+09:00"));
        assertThat(article.byline().authors()).contains("SARAH KIM");
        assertThat(article.byline().emails()).containsExactly("kim.sarah@joongang.co.kr");
        assertThat(article.paragraphs()).hasSize(9);
        assertThat(article.paragraphs().get(0)).startsWith("President Yoon Suk Yeol held a phone call");
        assertThat(article.paragraphs().get(8)).startsWith("This comes after Seoul's National Intelligence Service");
        assertThat(article.body())
                .containsOnlyOnce("President Yoon Suk Yeol held a phone call with NATO Secretary General")
                .doesNotContain("글자크기", "다음뉴스", "[PRESIDENTIAL OFFICE]", "BY SARAH KIM", "Copyright",
                        "무단전재", "이 기사에 대해");

        assertThat(event.claims()).hasSize(2);
        final Claim specialForces = event.claims().get(0);
        assertThat(specialForces.kind()).isEqualTo(ClaimKind.TROOPS);
        assertThat(specialForces.quantity().value()).isEqualTo(1500L);
        assertThat(specialForces.quantity().approximate()).isTrue();
        assertThat(specialForces.unit()).isEqualTo("special forces");
        assertThat(specialForces.actor().code()).isEqualTo("PRK");
        assertThat(specialForces.destination().code()).isEqualTo("RUS");
        assertThat(specialForces.status()).isEqualTo(ClaimStatus.REPORTED);
        assertThat(specialForces.attribution().source()).containsIgnoringCase("South Korean intelligence");

        final Claim planned = event.claims().get(1);
        assertThat(planned.kind()).isEqualTo(ClaimKind.TROOPS);
        assertThat(planned.quantity().value()).isEqualTo(12_000L);
        assertThat(planned.quantity().approximate()).isTrue();
        assertThat(planned.actor().code()).isEqualTo("PRK");
        assertThat(planned.destination().code()).isEqualTo("RUS");
        assertThat(planned.status()).isEqualTo(ClaimStatus.PLANNED);
        assertThat(planned.attribution().source()).isEqualTo("National Intelligence Service");

        assertThat(claims.readKeyValuesToList()).extracting(kv -> kv.key, kv -> kv.value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(specialForces.id(), specialForces),
                        org.assertj.core.groups.Tuple.tuple(planned.id(), planned));
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldSendARecordThatIsNotJsonToTheDeadLetterTopicWithItsOriginalBytesAndWhereItCameFrom() {
        // Given bytes that are not a JSON document
        final byte[] garbage = "this is { not json".getBytes(StandardCharsets.UTF_8);

        // When they arrive on the input topic
        rawBytes.pipeInput(new TestRecord<>("bad-1", garbage, T0));

        // Then they are on the dead-letter topic, unchanged, with the stage, the error and their origin
        final TestRecord<byte[], byte[]> deadLetter = deadLetters.readRecord();
        assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("bad-1");
        assertThat(deadLetter.value()).isEqualTo(garbage);
        final Headers headers = deadLetter.headers();
        assertThat(header(headers, DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.PARSE);
        assertThat(header(headers, DeadLetters.EXCEPTION_HEADER)).contains("SerializationException");
        assertThat(header(headers, DeadLetters.MESSAGE_HEADER)).contains("not a RawArticle JSON document");
        assertThat(header(headers, DeadLetters.TOPIC_HEADER)).isEqualTo(topics.raw().name());
        assertThat(header(headers, DeadLetters.PARTITION_HEADER)).isEqualTo("0");
        assertThat(header(headers, DeadLetters.OFFSET_HEADER)).isEqualTo("0");
        assertThat(Instant.parse(header(headers, DeadLetters.FAILED_AT_HEADER))).isNotNull();
        assertThat(events.isEmpty()).isTrue();
        assertThat(clean.isEmpty()).isTrue();
    }

    @Test
    void shouldSendAnArticleTheValidatorRejectsToTheDeadLetterTopicNamingTheValidateStage() {
        // Given a well-formed RawArticle whose body is empty
        final byte[] empty = "{\"id\":\"e-1\",\"source\":\"empty.txt\",\"contentType\":\"text/plain\",\"body\":\"  \"}"
                .getBytes(StandardCharsets.UTF_8);

        // When it is processed
        rawBytes.pipeInput(new TestRecord<>("e-1", empty, T0));

        // Then it is a dead letter of the validate stage, with the original bytes and the reason
        final TestRecord<byte[], byte[]> deadLetter = deadLetters.readRecord();
        assertThat(deadLetter.value()).isEqualTo(empty);
        assertThat(header(deadLetter.headers(), DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.VALIDATE);
        assertThat(header(deadLetter.headers(), DeadLetters.MESSAGE_HEADER)).isEqualTo("empty body");
        assertThat(header(deadLetter.headers(), DeadLetters.EXCEPTION_HEADER))
                .isEqualTo(newswire.pipeline.RejectedArticleException.class.getName());
        assertThat(events.isEmpty()).isTrue();
    }

    @Test
    void shouldSendATombstoneToTheDeadLetterTopic() {
        // When a record with a null value arrives
        rawBytes.pipeInput(new TestRecord<>("gone-1", null, T0));

        // Then it is a dead letter that says why, keeping its key
        final TestRecord<byte[], byte[]> deadLetter = deadLetters.readRecord();
        assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("gone-1");
        assertThat(deadLetter.value()).isNull();
        assertThat(header(deadLetter.headers(), DeadLetters.MESSAGE_HEADER)).contains("tombstone");
    }

    @Test
    void shouldKeepProcessingArticlesAfterAPoisonRecord() throws IOException {
        // Given a poison record between two good articles
        raw.pipeInput(new TestRecord<>("first", TopologyFixture.seed("first"), T0));
        rawBytes.pipeInput(new TestRecord<>("poison", new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, T0.plusSeconds(1)));
        raw.pipeInput(new TestRecord<>("second", TopologyFixture.seed("second"), T0.plusSeconds(2)));

        // Then both articles have their event and the poison record its dead letter
        assertThat(events.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("first", "second");
        assertThat(deadLetters.readRecordsToList()).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                .containsExactly("poison");
    }

    @Test
    void shouldNameEveryProcessorAfterItsStageSoDeadLettersAndMetricsKeepTheirNames() {
        final var description = NewswireTopology.of(fixture.config).build().describe();

        final List<String> nodes = description.subtopologies().stream()
                .flatMap(subtopology -> subtopology.nodes().stream()).map(node -> node.name()).sorted().toList();

        assertThat(description.subtopologies()).hasSize(4);
        assertThat(nodes).containsExactly("claims", "clean", "cloudevents", "dedupe", "dedupe-bands-repartition-filter",
                "dedupe-bands-repartition-sink", "dedupe-bands-repartition-source", "dedupe-index",
                "dedupe-verdicts-repartition-filter", "dedupe-verdicts-repartition-sink",
                "dedupe-verdicts-repartition-source", "enrich", "estimate", "estimate-changes", "estimate-reports",
                "estimates-by-subject-repartition-filter", "estimates-by-subject-repartition-sink",
                "estimates-by-subject-repartition-source", "event", "extract", "fingerprint-bands", "originals",
                "parse", "read-raw", "subject-reports", "templates", "validate", "write-claims", "write-clean",
                "write-estimates",
                "write-events");
    }


    @Test
    void shouldSendABinaryFileAndAPomSavedAsTextToTheDeadLetterTopicWithWhatTheyAre() {
        // Given the start of an ELF executable and a Maven pom.xml, each sent as a plain-text article
        final StringBuilder elf = new StringBuilder("\u007fELF\u0002\u0001\u0001\u0000\u0000\u0000");
        for (int i = 0; i < 400; i++) {
            elf.append((char) (i % 7 == 0 ? 'A' + i % 26 : i % 32)).append(i % 50 == 0 ? "\n" : "");
        }
        final String pom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>demo</artifactId>
                  <version>1.0.0</version>
                  <dependencies>
                    <dependency>
                      <groupId>org.slf4j</groupId>
                      <artifactId>slf4j-api</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """;

        // When both are processed
        raw.pipeInput(new TestRecord<>("elf-1", plainText("elf-1", elf.toString()), T0));
        raw.pipeInput(new TestRecord<>("pom-1", plainText("pom-1", pom), T0));

        // Then both are dead letters of the clean stage that say what the text is, and no article comes out
        final List<TestRecord<byte[], byte[]>> letters = deadLetters.readRecordsToList();
        assertThat(letters).hasSize(2);
        assertThat(letters).allSatisfy(letter ->
                assertThat(header(letter.headers(), DeadLetters.STAGE_HEADER)).isEqualTo(NewswireTopology.CLEAN));
        assertThat(header(letters.get(0).headers(), DeadLetters.MESSAGE_HEADER))
                .startsWith("article elf-1: not an article: binary data");
        assertThat(header(letters.get(1).headers(), DeadLetters.MESSAGE_HEADER))
                .startsWith("article pom-1: not an article: markup");
        assertThat(clean.isEmpty()).isTrue();
        assertThat(events.isEmpty()).isTrue();
    }

    private static RawArticle plainText(final String id, final String body) {
        return new RawArticle(id, id + ".txt", RawArticle.TEXT_PLAIN, body, null, null, null, null, null);
    }

    private static String header(final Headers headers, final String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
