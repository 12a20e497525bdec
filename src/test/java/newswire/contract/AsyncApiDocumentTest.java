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

        // Then each is a channel address, the application's operations read and write exactly those, and no
        // channel describes a topic the topology does not have
        assertThat(addresses().values()).containsExactlyInAnyOrderElementsOf(union(read, written));
        assertThat(operationAddresses("receive")).containsExactlyInAnyOrderElementsOf(read);
        assertThat(operationAddresses("send")).containsExactlyInAnyOrderElementsOf(written);
        assertThat(written).containsExactlyInAnyOrderElementsOf(names.outputs());
    }

    @Test
    void shouldPointEachChannelAtTheSchemaOfItsRecords() {
        final Map<String, String> expected = Map.of(
                "news.raw", ContractSchemas.RAW_ARTICLE,
                "news.clean", ContractSchemas.CLEAN_ARTICLE,
                "news.events", ContractSchemas.ARTICLE_EVENT,
                "news.claims", ContractSchemas.CLAIM);
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
    void shouldMarkTheCloudEventsHeadersOfEventsAsPlanned() {
        final JsonNode headers = resolve(resolve(asyncApi.at("/channels/events/messages/articleEvent")).get("headers"));
        final Set<String> names = new TreeSet<>();
        headers.get("properties").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time",
                "content-type");
        assertThat(headers.path("x-newswire-status").asText()).isEqualTo("planned");
        headers.get("properties").forEach(header ->
                assertThat(header.path("x-newswire-status").asText()).isEqualTo("planned"));
        assertThat(headers.at("/properties/ce_type/const").asText()).isEqualTo(newswire.model.ArticleEvent.TYPE);
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
