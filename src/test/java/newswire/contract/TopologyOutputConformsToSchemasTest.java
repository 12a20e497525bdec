package newswire.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import newswire.config.NewswireConfig;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.RawArticle;
import newswire.pipeline.ArticlePipeline;
import newswire.serde.JsonSerde;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import newswire.topology.Topics;
import org.apache.kafka.common.header.Header;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/**
 * What the topology really writes, byte for byte, conforms to the published contract: every value on news.clean,
 * news.events, news.claims and news.estimates conforms to its schema, the CloudEvents headers of every event to
 * docs/asyncapi.yaml, and the headers of every kind of dead letter on news.dlq to theirs. Near-duplicates behave as
 * documented: their claims are on their event only. The inputs are the seed and the dev articles, the seed again under
 * another id, and poison records of each kind the validator and the parser reject.
 */
class TopologyOutputConformsToSchemasTest {

    /** A state directory of this test's own: a fixed one under /tmp is shared with every other build on the host. */
    @TempDir
    Path stateDir;

    private static final Instant T0 = Instant.parse("2024-10-21T10:00:00Z");

    private final NewswireConfig config = NewswireConfig.defaults().with(Map.of("max.task.idle.ms", "0",
            NewswireConfig.MAX_ARTICLE_CHARS, "100000"));
    private final Topics topics = Topics.named(config.topics());
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, byte[]> clean;
    private TestOutputTopic<String, byte[]> events;
    private TestOutputTopic<String, byte[]> claims;
    private TestOutputTopic<String, byte[]> estimates;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() throws IOException {
        final Properties properties = StreamsProperties.from(config);
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(NewswireTopology.of(config).build(), properties);
        raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
        // Outputs are read as the bytes on the topic: the schemas describe those bytes, not our records.
        clean = driver.createOutputTopic(topics.clean().name(), new StringDeserializer(), new ByteArrayDeserializer());
        events = driver.createOutputTopic(topics.events().name(), new StringDeserializer(), new ByteArrayDeserializer());
        claims = driver.createOutputTopic(topics.claims().name(), new StringDeserializer(), new ByteArrayDeserializer());
        estimates = driver.createOutputTopic(topics.estimates().name(), new StringDeserializer(),
                new ByteArrayDeserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldWriteOnlySchemaValidValuesForTheSeedAndDevArticles() throws IOException {
        // Given the seed and dev articles, as `newswire publish` sends them (each a valid RawArticle, with no field
        // the schema does not know: RawArticle.isHtml() is not written)
        final List<RawArticle> articles = ContractArticles.all();
        final JsonSerde<RawArticle> rawJson = new JsonSerde<>(RawArticle.class);
        for (final RawArticle article : articles) {
            final byte[] bytes = rawJson.serialize(topics.raw().name(), article);
            assertThat(ContractSchemas.errors(ContractSchemas.RAW_ARTICLE, utf8(bytes))).as(article.source()).isEmpty();
            // When the topology processes them
            raw.pipeInput(new TestRecord<>(article.id(), bytes, T0));
        }

        // Then every article has its clean article and event, every value conforms, and keys are the documented ids
        final var cleanRecords = clean.readRecordsToList();
        final var eventRecords = events.readRecordsToList();
        final var claimRecords = claims.readRecordsToList();
        final var estimateRecords = estimates.readRecordsToList();
        assertThat(cleanRecords).hasSameSizeAs(articles);
        assertThat(eventRecords).hasSameSizeAs(articles);
        assertThat(deadLetters.isEmpty()).isTrue();
        for (final var record : cleanRecords) {
            assertConforms(ContractSchemas.CLEAN_ARTICLE, record.value());
            assertThat(JsonSerde.mapper().readTree(record.value()).get("id").asText()).isEqualTo(record.key());
        }
        final Set<String> originalClaimIds = new TreeSet<>();
        final Set<String> duplicateIds = new TreeSet<>();
        for (final var record : eventRecords) {
            assertConforms(ContractSchemas.ARTICLE_EVENT, record.value());
            final JsonNode event = JsonSerde.mapper().readTree(record.value());
            assertThat(event.get("id").asText()).isEqualTo(record.key());
            assertCloudEventsHeaders(record.headers(), event);
            if (event.get("duplicateOf").isNull()) {
                event.get("claims").forEach(claim -> originalClaimIds.add(claim.get("id").asText()));
            } else {
                duplicateIds.add(event.get("id").asText());
            }
        }
        // the real extractor finds claims in these articles, so the claim and estimate checks below check something
        assertThat(originalClaimIds).isNotEmpty();
        // news.claims holds exactly the claims of events that are not near-duplicates
        assertThat(claimRecords).extracting(TestRecord::key).containsExactlyInAnyOrderElementsOf(originalClaimIds);
        for (final var record : claimRecords) {
            assertConforms(ContractSchemas.CLAIM, record.value());
            assertThat(JsonSerde.mapper().readTree(record.value()).get("id").asText()).isEqualTo(record.key());
        }
        assertEstimates(estimateRecords, originalClaimIds, duplicateIds);
        assertThat(estimateRecords).extracting(TestRecord::key).contains("troops:PRK>RUS");
    }

    @Test
    void shouldKeepTheClaimsOfANearDuplicateOffNewsClaimsAndOutOfEstimates() throws IOException {
        // Given the seed, and the same text again under another id an hour later (the wire story on another portal)
        final RawArticle seed = ContractArticles.seed();
        final RawArticle copy = new RawArticle("copy-of-" + seed.id(), "another-portal.txt", seed.contentType(),
                seed.body(), seed.fetchedAt(), null, null, null, null);
        final JsonSerde<RawArticle> rawJson = new JsonSerde<>(RawArticle.class);
        raw.pipeInput(new TestRecord<>(seed.id(), rawJson.serialize(topics.raw().name(), seed), T0));
        raw.pipeInput(new TestRecord<>(copy.id(), rawJson.serialize(topics.raw().name(), copy), T0.plusSeconds(3600)));

        // Then the copy's event says so and carries its claims, but only the original's claims are on news.claims
        // and in the estimates
        final var eventRecords = events.readRecordsToList();
        assertThat(eventRecords).extracting(TestRecord::key).containsExactly(seed.id(), copy.id());
        final JsonNode original = JsonSerde.mapper().readTree(eventRecords.get(0).value());
        final JsonNode duplicate = JsonSerde.mapper().readTree(eventRecords.get(1).value());
        assertConforms(ContractSchemas.ARTICLE_EVENT, eventRecords.get(1).value());
        assertThat(original.get("duplicateOf").isNull()).isTrue();
        assertThat(duplicate.get("duplicateOf").asText()).isEqualTo(seed.id());
        assertThat(duplicate.get("claims")).isNotEmpty();
        final Set<String> originalClaimIds = new TreeSet<>();
        original.get("claims").forEach(claim -> originalClaimIds.add(claim.get("id").asText()));
        assertThat(claims.readRecordsToList()).extracting(TestRecord::key)
                .containsExactlyInAnyOrderElementsOf(originalClaimIds);
        assertEstimates(estimates.readRecordsToList(), originalClaimIds, Set.of(copy.id()));
    }

    /**
     * Every estimate conforms and is keyed by its subject's key; its reports come from original claims only, one per
     * source and status, oldest first, and latest (reported only), latestPlanned, min, max and sources agree with them as the schema describes.
     */
    private static void assertEstimates(final List<TestRecord<String, byte[]>> records,
                                        final Set<String> originalClaimIds, final Set<String> duplicateIds)
            throws IOException {
        assertThat(records).isNotEmpty();
        for (final var record : records) {
            assertConforms(ContractSchemas.ESTIMATE, record.value());
            final JsonNode estimate = JsonSerde.mapper().readTree(record.value());
            assertThat(estimate.at("/subject/key").asText()).isEqualTo(record.key());
            final List<JsonNode> reports = new java.util.ArrayList<>();
            estimate.get("reports").forEach(reports::add);
            assertThat(reports).allSatisfy(report -> {
                assertThat(originalClaimIds).contains(report.get("claimId").asText());
                assertThat(duplicateIds).doesNotContain(report.get("articleId").asText());
            });
            assertThat(estimate.at("/subject/actor/code").isTextual()).isTrue();
            assertThat(reports).extracting(report -> source(report) + "|" + report.get("status").asText())
                    .doesNotHaveDuplicates();
            assertThat(reports).extracting(report -> java.time.OffsetDateTime.parse(report.get("time").asText()))
                    .isSortedAccordingTo(java.util.Comparator.naturalOrder());
            assertThat(estimate.get("sources").asInt())
                    .isEqualTo(reports.stream().map(TopologyOutputConformsToSchemasTest::source).distinct().count());
            for (final String status : List.of("reported", "planned", "possible", "denied")) {
                final String field = status.equals("reported") ? "latest"
                        : "latest" + Character.toUpperCase(status.charAt(0)) + status.substring(1);
                final List<JsonNode> ofStatus = reports.stream()
                        .filter(report -> report.get("status").asText().equals(status)).toList();
                if (ofStatus.isEmpty()) {
                    assertThat(estimate.get(field).isNull()).as(field).isTrue();
                } else {
                    assertThat(estimate.get(field).asLong()).as(field).isEqualTo(figure(ofStatus.get(ofStatus.size() - 1)));
                }
            }
            assertThat(estimate.get("min").asLong())
                    .isEqualTo(reports.stream().mapToLong(TopologyOutputConformsToSchemasTest::figure).min().orElseThrow());
            assertThat(estimate.get("max").asLong()).isGreaterThanOrEqualTo(estimate.get("min").asLong());
        }
    }

    private static String source(final JsonNode report) {
        return report.get("source").asText().strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** A report's figure as estimate.json defines it: the value, else the lower bound, else the upper bound. */
    private static long figure(final JsonNode report) {
        final JsonNode quantity = report.get("quantity");
        return !quantity.get("value").isNull() ? quantity.get("value").asLong()
                : !quantity.get("low").isNull() ? quantity.get("low").asLong() : quantity.get("high").asLong();
    }

    /** The headers of an event conform to the headers schema in docs/asyncapi.yaml and repeat the envelope. */
    private static void assertCloudEventsHeaders(final Headers headers, final JsonNode event) {
        final Map<String, String> map = asMap(headers);
        final String json = JsonSerde.mapper().valueToTree(map).toString();
        assertThat(ContractSchemas.errorsOfSchemaText(AsyncApiDocumentTest.cloudEventsHeadersSchema(), json))
                .as(json).isEmpty();
        assertThat(map).containsEntry("ce_specversion", "1.0").containsEntry("ce_id", event.get("id").asText())
                .containsEntry("ce_type", event.get("type").asText())
                .containsEntry("ce_source", event.get("source").isNull() ? "newswire" : event.get("source").asText())
                .containsEntry("content-type", "application/json");
        if (event.get("time").isNull()) {
            assertThat(map).doesNotContainKey("ce_time");
        } else {
            assertThat(java.time.OffsetDateTime.parse(map.get("ce_time")))
                    .isEqualTo(java.time.OffsetDateTime.parse(event.get("time").asText()));
        }
        if (event.get("subject").isNull()) {
            assertThat(map).doesNotContainKey("ce_subject");
        } else {
            assertThat(map).containsEntry("ce_subject", event.get("subject").asText());
        }
    }

    @Test
    void shouldWriteSchemaValidHeadersOnEveryKindOfDeadLetter() {
        // Given one record for each way an input can fail
        final Map<String, byte[]> poison = new LinkedHashMap<>();
        poison.put("not-json", utf8("this is { not json"));
        poison.put("not-utf8", new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
        poison.put("tombstone", null);
        poison.put("no-body", utf8("{\"id\":\"no-body\",\"source\":\"x.txt\"}"));
        poison.put("empty-body", utf8("{\"id\":\"empty-body\",\"source\":\"x.txt\",\"body\":\"  \"}"));
        poison.put("pdf", utf8("{\"id\":\"pdf\",\"contentType\":\"application/pdf\",\"body\":\"%PDF-1.7\"}"));
        poison.put("too-long", utf8("{\"id\":\"too-long\",\"body\":\"" + "x".repeat(100_001) + "\"}"));
        long offset = 0;
        for (final Map.Entry<String, byte[]> record : poison.entrySet()) {
            final TestRecord<String, byte[]> input = new TestRecord<>(record.getKey(), record.getValue(), T0);
            input.headers().add("producer-trace", utf8("trace-" + record.getKey()));
            // When each one is processed
            raw.pipeInput(input);
            offset++;
        }

        // Then each is a dead letter whose headers conform to the headers schema and point back at the input
        final var letters = deadLetters.readRecordsToList();
        assertThat(letters).extracting(letter -> new String(letter.key(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(poison.keySet());
        assertThat(offset).isEqualTo(letters.size());
        for (final var letter : letters) {
            final Map<String, String> headers = asMap(letter.headers());
            final String json = JsonSerde.mapper().valueToTree(headers).toString();
            assertThat(ContractSchemas.errors(ContractSchemas.DEAD_LETTER_HEADERS, json)).as(json).isEmpty();
            assertThat(headers).containsEntry("__streams.errors.topic", topics.raw().name())
                    .containsKey("producer-trace");
        }
        assertThat(events.isEmpty()).isTrue();
    }

    /** Headers as the schema sees them: name to UTF-8 text, the last value of a repeated name winning. */
    static Map<String, String> asMap(final Headers headers) {
        final Map<String, String> map = new LinkedHashMap<>();
        for (final Header header : headers) {
            map.put(header.key(), header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
        }
        return map;
    }

    private static void assertConforms(final String schema, final byte[] value) {
        final String json = utf8(value);
        assertThat(ContractSchemas.errors(schema, json)).as(json).isEmpty();
    }

    private static String utf8(final byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
