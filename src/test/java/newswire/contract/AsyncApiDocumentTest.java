package newswire.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.pipeline.ArticlePipeline;
import newswire.topology.NewswireTopology;
import newswire.topology.Topics;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml describes the topics the real topology reads and writes, with the payload schemas the other
 * contract tests validate records against, and every reference in it resolves.
 */
class AsyncApiDocumentTest {

    static final Path DOCUMENT = Path.of("docs/asyncapi.yaml");
    private static JsonNode asyncApi;

    @BeforeAll
    static void read() throws IOException {
        asyncApi = new YAMLMapper().readTree(Files.readString(DOCUMENT));
    }

    @Test
    void shouldBeAnAsyncApi3DocumentForKafka() {
        assertThat(asyncApi.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(asyncApi.at("/info/title").asText()).isEqualTo("Newswire");
        assertThat(asyncApi.at("/servers/local/protocol").asText()).isEqualTo("kafka");
    }

    @Test
    void shouldHaveAChannelForEveryTopicTheTopologyReadsOrWritesAndNoOther() {
        // Given the topics of the real topology: its sources and sinks, and the dead-letter topic from the config
        final NewswireConfig config = NewswireConfig.defaults();
        final TopicNames names = config.topics();
        final var description = NewswireTopology.of(config).build().describe();
        final Set<String> read = new TreeSet<>();
        final Set<String> written = new TreeSet<>();
        for (final TopologyDescription.Subtopology subtopology : description.subtopologies()) {
            for (final TopologyDescription.Node node : subtopology.nodes()) {
                if (node instanceof TopologyDescription.Source source) {
                    read.addAll(source.topicSet());
                } else if (node instanceof TopologyDescription.Sink sink) {
                    written.add(sink.topic());
                }
            }
        }
        // the dead letters are written by Kafka Streams' handlers, not by a sink node
        written.add(names.deadLetters());
        // Internal topics are out of contract. The rule: Kafka Streams names every repartition topic
        // <application.id>-<name>-repartition, and the description shows it as <name>-repartition. No contract topic
        // may look like one, so the rule cannot hide a real channel.
        final Set<String> internalRead = removeInternal(read);
        final Set<String> internalWritten = removeInternal(written);
        assertThat(internalRead).as("repartition topics are read back by the topology that writes them")
                .isEqualTo(internalWritten).isNotEmpty();
        assertThat(names.all()).noneMatch(AsyncApiDocumentTest::isInternal);

        // Then each is a channel address, the application's operations read and write exactly those, and no
        // channel describes a topic the topology does not have
        assertThat(addresses().values()).containsExactlyInAnyOrderElementsOf(union(read, written));
        assertThat(operationAddresses("receive")).containsExactlyInAnyOrderElementsOf(read);
        assertThat(operationAddresses("send")).containsExactlyInAnyOrderElementsOf(written);
        assertThat(written).containsExactlyInAnyOrderElementsOf(names.outputs());
        assertThat(addresses().values()).noneMatch(AsyncApiDocumentTest::isInternal);
    }

    @Test
    void shouldListTheInternalTopicsAsOutOfContract() {
        // Given the internal topics of the real topology under the default application.id: its repartition topics
        // and the changelog of each state store
        final String applicationId = NewswireConfig.defaults().applicationId();
        final var description = NewswireTopology.of(NewswireConfig.defaults()).build().describe();
        final Set<String> repartition = new TreeSet<>();
        final Set<String> changelog = new TreeSet<>();
        for (final TopologyDescription.Subtopology subtopology : description.subtopologies()) {
            for (final TopologyDescription.Node node : subtopology.nodes()) {
                if (node instanceof TopologyDescription.Source source) {
                    source.topicSet().stream().filter(AsyncApiDocumentTest::isInternal)
                            .forEach(topic -> repartition.add(applicationId + "-" + topic));
                } else if (node instanceof TopologyDescription.Processor processor) {
                    processor.stores().forEach(store -> changelog.add(applicationId + "-" + store + "-changelog"));
                }
            }
        }

        // Then the document names exactly those, as out of contract, and says why in its description
        assertThat(values(asyncApi.at("/x-newswire-internal-topics/repartition")))
                .containsExactlyInAnyOrderElementsOf(repartition);
        assertThat(values(asyncApi.at("/x-newswire-internal-topics/changelog")))
                .containsExactlyInAnyOrderElementsOf(changelog);
        assertThat(asyncApi.at("/info/description").asText()).contains("Internal topics are not part of this contract");
    }

    @Test
    void shouldPointEachChannelAtTheSchemaOfItsRecords() {
        final Map<String, String> expected = Map.of(
                "news.raw", ContractSchemas.RAW_ARTICLE,
                "news.clean", ContractSchemas.CLEAN_ARTICLE,
                "news.events", ContractSchemas.ARTICLE_EVENT,
                "news.claims", ContractSchemas.CLAIM,
                "news.estimates", ContractSchemas.ESTIMATE);
        final Map<String, String> actual = new LinkedHashMap<>();
        addresses().forEach((channel, address) -> {
            for (final JsonNode message : asyncApi.at("/channels/" + channel + "/messages")) {
                final JsonNode resolved = resolve(message);
                final String ref = resolved.at("/payload/schema/$ref").asText(null);
                if (ref != null) {
                    actual.put(address, Path.of(ref).getFileName().toString());
                }
            }
        });
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);

        final JsonNode deadLetter = resolve(asyncApi.at("/channels/deadLetters/messages/deadLetter"));
        assertThat(deadLetter.at("/headers/schema/$ref").asText()).endsWith("/" + ContractSchemas.DEAD_LETTER_HEADERS);
    }

    @Test
    void shouldResolveEveryReferenceAndPointOnlyAtSchemaFilesThatExist() {
        final List<String> refs = new ArrayList<>();
        collectRefs(asyncApi, refs);
        assertThat(refs).isNotEmpty();
        for (final String ref : refs) {
            if (ref.startsWith("#")) {
                assertThat(asyncApi.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            } else {
                final Path file = DOCUMENT.getParent().resolve(ref).normalize();
                assertThat(file).as(ref).exists();
                assertThat(ContractSchemas.ALL).contains(file.getFileName().toString());
                assertThat(file.getParent()).isEqualTo(ContractSchemas.SOURCE_DIR);
            }
        }
    }

    @Test
    void shouldDescribeTheCloudEventsHeadersThatEventsCarry() {
        // The headers are real now: every one the topology writes is described, none is marked planned, and the
        // topology test validates the headers of every real event against this schema
        final JsonNode headers = resolve(resolve(asyncApi.at("/channels/events/messages/articleEvent")).get("headers"));
        final Set<String> names = new TreeSet<>();
        headers.get("properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time",
                "ce_subject", "content-type");
        assertThat(values(headers.get("required")))
                .containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_type", "ce_source", "content-type");
        assertThat(asyncApi.toString()).doesNotContain("x-newswire-status").doesNotContainIgnoringCase("planned, not yet");
        headers.get("properties").forEach(header -> assertThat(header.path("description").asText()).isNotBlank()
                .doesNotContain("(planned)"));
        assertThat(headers.at("/properties/ce_type/const").asText()).isEqualTo(newswire.model.ArticleEvent.TYPE);
    }

    @Test
    void shouldDescribeNewsEstimatesAsCompactedAndKeyedBySubject() {
        final JsonNode channel = asyncApi.at("/channels/estimates");
        assertThat(channel.path("address").asText()).isEqualTo(NewswireConfig.defaults().topics().estimates());
        assertThat(values(channel.at("/bindings/kafka/topicConfiguration/cleanup.policy"))).containsExactly("compact");
        final JsonNode message = resolve(channel.at("/messages/estimate"));
        assertThat(message.at("/bindings/kafka/key/description").asText()).contains("subject.key", "troops:PRK>RUS");
        // and the claims channel says that near-duplicates' claims are not on it
        assertThat(asyncApi.at("/channels/claims/description").asText()).contains("near-duplicate");
    }

    /** The CloudEvents headers schema of news.events as JSON text, for validating real headers against it. */
    static String cloudEventsHeadersSchema() {
        try {
            final JsonNode document = new YAMLMapper().readTree(Files.readString(DOCUMENT));
            return document.at("/components/schemas/cloudEventsHeaders").toString();
        } catch (final IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A repartition topic as the topology description names it (without the application id). */
    static boolean isInternal(final String topic) {
        return topic.endsWith("-repartition");
    }

    private static Set<String> removeInternal(final Set<String> topics) {
        final Set<String> internal = new TreeSet<>();
        topics.removeIf(topic -> isInternal(topic) && internal.add(topic));
        return internal;
    }

    private static List<String> values(final JsonNode array) {
        final List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** Channel key to address. */
    private static Map<String, String> addresses() {
        final Map<String, String> addresses = new LinkedHashMap<>();
        asyncApi.get("channels").properties().forEach(channel ->
                addresses.put(channel.getKey(), channel.getValue().get("address").asText()));
        return addresses;
    }

    private static List<String> operationAddresses(final String action) {
        final List<String> found = new ArrayList<>();
        asyncApi.get("operations").forEach(operation -> {
            if (operation.get("action").asText().equals(action)) {
                found.add(resolve(operation.get("channel")).get("address").asText());
            }
        });
        return found;
    }

    private static JsonNode resolve(final JsonNode node) {
        final JsonNode ref = node.get("$ref");
        return ref == null ? node : asyncApi.at(ref.asText().substring(1));
    }

    private static void collectRefs(final JsonNode node, final List<String> refs) {
        if (node.isObject() && node.has("$ref")) {
            refs.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    private static Set<String> union(final Set<String> a, final Set<String> b) {
        final Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
