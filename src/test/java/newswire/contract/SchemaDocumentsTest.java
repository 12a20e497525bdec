package newswire.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newswire.config.NewswireConfig;
import newswire.pipeline.ArticlePipeline;
import newswire.topology.DeadLetters;
import newswire.topology.NewswireTopology;
import newswire.topology.Topics;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

/** The schema files themselves: valid draft 2020-12, versioned, and documented field by field. */
class SchemaDocumentsTest {

    @Test
    void shouldBeValidDraft202012Schemas() {
        for (final String file : ContractSchemas.ALL) {
            assertThat(SchemaMatchesModelRecordsTest.node(file).path("$schema").asText()).as(file)
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(ContractSchemas.metaSchemaErrors(file)).as(file).isEmpty();
            // Loading resolves every $ref, across files too; an unresolvable one throws here.
            assertThat(ContractSchemas.schema(file)).as(file).isNotNull();
        }
        // and the meta-schema check can fail: a misspelt type is not a schema
        assertThat(ContractSchemas.metaSchemaErrorsOfText("{\"type\": \"strin\"}")).isNotEmpty();
    }

    @Test
    void shouldCarryTheMajorVersionInTheIdAndTheFullVersionAsAnAnnotation() {
        for (final String file : ContractSchemas.ALL) {
            final JsonNode schema = SchemaMatchesModelRecordsTest.node(file);
            assertThat(schema.path("$id").asText()).isEqualTo(ContractSchemas.BASE_ID + file);
            assertThat(schema.path("x-version").asText()).as(file).matches("1\\.\\d+\\.\\d+");
            assertThat(schema.path("title").asText()).as(file).isNotBlank();
            assertThat(schema.path("description").asText()).as(file).isNotBlank();
        }
    }

    @Test
    void shouldDescribeEveryPropertyAndDefinition() {
        final List<String> undocumented = new ArrayList<>();
        for (final String file : ContractSchemas.ALL) {
            collectUndocumented(SchemaMatchesModelRecordsTest.node(file), file + "#", undocumented);
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void shouldRequireEveryPropertyOfAnOutputRecordBecauseTheSerdeWritesNullsAsNull() {
        // Consumers can rely on every key being present: an unknown value is null, never absent.
        for (final String location : SchemaMatchesModelRecordsTest.SCHEMA_OF.values()) {
            if (location.startsWith(ContractSchemas.RAW_ARTICLE)) {
                continue; // written by producers, who may leave out what they do not know
            }
            final JsonNode schema = SchemaMatchesModelRecordsTest.node(location);
            final Set<String> properties = new TreeSet<>();
            schema.get("properties").fieldNames().forEachRemaining(properties::add);
            final Set<String> required = new TreeSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));
            assertThat(required).as(location).isEqualTo(properties);
        }
        assertThat(SchemaMatchesModelRecordsTest.node(ContractSchemas.RAW_ARTICLE).get("required").toString())
                .isEqualTo("[\"body\"]");
    }

    @Test
    void shouldDocumentEveryProcessorOfTheTopologyAsADeadLetterStage() {
        // Given the stage names a dead letter can carry: any processor of the topology can throw, and the stage is
        // the name of the one that did (DeadLetters.OnProcessing); produce is for results that cannot be written
        final var description = NewswireTopology.of(NewswireConfig.defaults()).build().describe();
        final Set<String> processors = new TreeSet<>();
        for (final TopologyDescription.Subtopology subtopology : description.subtopologies()) {
            for (final TopologyDescription.Node node : subtopology.nodes()) {
                if (node instanceof TopologyDescription.Processor) {
                    processors.add(node.name());
                }
            }
        }
        processors.add(DeadLetters.PRODUCE_STAGE);

        // Then the headers schema documents exactly those: listed under examples and each explained in the
        // description. It is an open string, not an enum, because a new processor is a new stage and must not make
        // a consumer's validator reject dead letters; this test makes sure the list is updated with the topology.
        final JsonNode stage = SchemaMatchesModelRecordsTest.node(ContractSchemas.DEAD_LETTER_HEADERS)
                .at("/properties/" + DeadLetters.STAGE_HEADER.replace("~", "~0").replace("/", "~1"));
        final Set<String> documented = new TreeSet<>();
        stage.path("examples").forEach(name -> documented.add(name.asText()));
        assertThat(documented).isEqualTo(processors);
        assertThat(stage.path("type").asText()).isEqualTo("string");
        assertThat(stage.has("enum")).isFalse();
        final String explained = stage.path("description").asText();
        for (final String processor : processors) {
            final boolean generatedFilter = processor.endsWith("-repartition-filter");
            assertThat(explained).as(processor).contains(generatedFilter ? "*-repartition-filter" : processor);
        }
        // the stages the operator's table in docs/consumers.md explains
        assertThat(ConsumerGuideTest.GUIDE).content().contains(processors.stream()
                .filter(processor -> !processor.endsWith("-repartition-filter")).map(name -> "`" + name + "`")
                .toList());

        final JsonNode headers = SchemaMatchesModelRecordsTest.node(ContractSchemas.DEAD_LETTER_HEADERS).get("properties");
        for (final String header : List.of(DeadLetters.STAGE_HEADER, DeadLetters.FAILED_AT_HEADER,
                DeadLetters.EXCEPTION_HEADER, DeadLetters.MESSAGE_HEADER, DeadLetters.TOPIC_HEADER,
                DeadLetters.PARTITION_HEADER, DeadLetters.OFFSET_HEADER, DeadLetters.ORIGINAL_HEADER)) {
            assertThat(headers.has(header)).as(header).isTrue();
        }
    }

    private static void collectUndocumented(final JsonNode schema, final String path, final List<String> undocumented) {
        for (final String container : List.of("properties", "$defs")) {
            for (final Map.Entry<String, JsonNode> field : schema.path(container).properties()) {
                final String where = path + "/" + container + "/" + field.getKey();
                if (field.getValue().path("description").asText().isBlank()) {
                    undocumented.add(where);
                }
                collectUndocumented(field.getValue(), where, undocumented);
            }
        }
        if (schema.path("additionalProperties").isObject()
                && schema.get("additionalProperties").path("description").asText().isBlank()
                && !schema.get("additionalProperties").has("type")) {
            undocumented.add(path + "/additionalProperties");
        }
    }
}
