package newswire.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newswire.config.NewswireConfig;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.RawArticle;
import newswire.pipeline.ArticlePipeline;
import newswire.serde.JsonSerde;
import org.junit.jupiter.api.Test;

/**
 * The pipeline the topology and {@code newswire extract} share writes JSON that conforms to the schemas, and the
 * schemas are strict enough to notice when it does not: a property added, removed or retyped anywhere fails.
 */
class PipelineOutputConformsToSchemasTest {

    private final ArticlePipeline pipeline = ArticlePipeline.standard(NewswireConfig.defaults());
    private final JsonSerde<ArticleEvent> events = new JsonSerde<>(ArticleEvent.class);
    private final JsonSerde<Claim> claims = new JsonSerde<>(Claim.class);

    @Test
    void shouldValidateEveryEventItsCleanArticleAndEachClaimOfTheSeedAndDevArticles() throws Exception {
        // Given the seed and dev articles, as files are read by `publish` and `extract`
        for (final RawArticle raw : ContractArticles.all()) {
            // When each one goes through every stage
            final ArticleEvent event = pipeline.process(raw);
            final String json = new String(events.serialize(null, event), java.nio.charset.StandardCharsets.UTF_8);

            // Then the event, the clean article inside it and each of its claims conform
            assertThat(ContractSchemas.errors(ContractSchemas.ARTICLE_EVENT, json)).as(raw.source()).isEmpty();
            final JsonNode tree = JsonSerde.mapper().readTree(json);
            assertThat(ContractSchemas.errors(ContractSchemas.CLEAN_ARTICLE, tree.get("article").toString()))
                    .as(raw.source()).isEmpty();
            for (final Claim claim : event.claims()) {
                assertThat(ContractSchemas.errors(ContractSchemas.CLAIM,
                        new String(claims.serialize(null, claim), java.nio.charset.StandardCharsets.UTF_8)))
                        .as(raw.source() + " " + claim.id()).isEmpty();
            }
        }
    }

    @Test
    void shouldValidateAnEventWithEveryFieldFilledAsTheFinishedPipelineWillWriteIt() {
        // Given the seed's event with claims, entities, captions and a duplicate link (see ContractExamples)
        final ArticleEvent event = ContractExamples.fullEvent(pipeline.process(seed()).article());

        // Then it conforms, and so do its article and claims on their own topics
        assertThat(ContractSchemas.errors(ContractSchemas.ARTICLE_EVENT, json(event))).isEmpty();
        assertThat(ContractSchemas.errors(ContractSchemas.CLEAN_ARTICLE, json(event.article()))).isEmpty();
        assertThat(event.claims()).allSatisfy(claim ->
                assertThat(ContractSchemas.errors(ContractSchemas.CLAIM, json(claim))).isEmpty());
    }

    @Test
    void shouldRejectAnyPropertyAddedRemovedOrRetypedAnywhereInAnEvent() throws Exception {
        // Given a valid event with every field filled, so every nested record is present
        final ArticleEvent event = ContractExamples.fullEvent(pipeline.process(seed()).article());
        final ObjectNode valid = (ObjectNode) JsonSerde.mapper().readTree(json(event));
        assertThat(ContractSchemas.errors(ContractSchemas.ARTICLE_EVENT, valid.toString())).isEmpty();

        // When each object in it gets one property more, one less, or one of another JSON type
        final List<String> undetected = new ArrayList<>();
        for (final String pointer : objectPointers(valid, "")) {
            if (pointer.equals("/article/removed")) {
                continue; // a map of reasons to counts, not a record: new reasons are allowed
            }
            final List<String> fields = new ArrayList<>();
            valid.at(pointer).fieldNames().forEachRemaining(fields::add);
            check(valid, pointer, "added property", node -> node.put("unexpectedField", "x"), undetected);
            for (final String field : fields) {
                check(valid, pointer, "removed " + field, node -> node.remove(field), undetected);
                check(valid, pointer, "retyped " + field, node -> node.set(field, otherType(node.get(field))),
                        undetected);
            }
        }

        // Then the schema rejects every one of them
        assertThat(undetected).isEmpty();
    }

    @Test
    void shouldRejectUnknownClaimKindsAndStatuses() throws Exception {
        final Claim claim = ContractExamples.fullEvent(pipeline.process(seed()).article()).claims().get(0);
        final ObjectNode json = (ObjectNode) JsonSerde.mapper().readTree(json(claim));

        assertThat(ContractSchemas.errors(ContractSchemas.CLAIM, json.deepCopy().put("kind", "tanks").toString()))
                .isNotEmpty();
        assertThat(ContractSchemas.errors(ContractSchemas.CLAIM, json.deepCopy().put("kind", "TROOPS").toString()))
                .isNotEmpty();
        assertThat(ContractSchemas.errors(ContractSchemas.CLAIM, json.deepCopy().put("status", "rumoured").toString()))
                .isNotEmpty();
        assertThat(ContractSchemas.errors(ContractSchemas.CLAIM, json.deepCopy().put("confidence", 1.5).toString()))
                .isNotEmpty();
    }

    @Test
    void shouldRejectATimeThatIsNotRfc3339WithAnOffset() throws Exception {
        // format: date-time is asserted, not just annotated: a portal's own notation must not leak through
        final ObjectNode article = (ObjectNode) JsonSerde.mapper().readTree(
                json(ContractExamples.fullEvent(pipeline.process(seed()).article()).article()));
        assertThat(ContractSchemas.errors(ContractSchemas.CLEAN_ARTICLE, article.toString())).isEmpty();
        for (final String time : List.of("2024. 10. 21. 18:59", "2024-10-21T18:59:00", "2024-10-21")) {
            assertThat(ContractSchemas.errors(ContractSchemas.CLEAN_ARTICLE,
                    article.deepCopy().put("publishedAt", time).toString())).as(time).isNotEmpty();
        }
    }

    private static void check(final ObjectNode valid, final String pointer, final String change,
                              final java.util.function.Consumer<ObjectNode> mutation, final List<String> undetected) {
        final ObjectNode copy = valid.deepCopy();
        mutation.accept((ObjectNode) copy.at(pointer));
        if (ContractSchemas.errors(ContractSchemas.ARTICLE_EVENT, copy.toString()).isEmpty()) {
            undetected.add((pointer.isEmpty() ? "/" : pointer) + ": " + change);
        }
    }

    /** A value of a JSON type the schema does not allow at this place: never null, never the same type. */
    private static JsonNode otherType(final JsonNode value) {
        if (value.isTextual() || value.isNull()) {
            return JsonSerde.mapper().createArrayNode().add(1);
        }
        return JsonSerde.mapper().getNodeFactory().textNode(value.toString());
    }

    /** JSON pointers of every object in the tree, the root ("") first. */
    private static List<String> objectPointers(final JsonNode node, final String pointer) {
        final List<String> pointers = new ArrayList<>();
        if (node.isObject()) {
            pointers.add(pointer);
            for (final Map.Entry<String, JsonNode> field : node.properties()) {
                pointers.addAll(objectPointers(field.getValue(), pointer + "/" + field.getKey()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                pointers.addAll(objectPointers(array.get(i), pointer + "/" + i));
            }
        }
        return pointers;
    }

    private static String json(final Object value) {
        try {
            return JsonSerde.mapper().writeValueAsString(value);
        } catch (final com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RawArticle seed() {
        return ContractArticles.seed();
    }
}
