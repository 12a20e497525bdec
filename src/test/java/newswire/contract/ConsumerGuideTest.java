package newswire.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import newswire.model.ArticleEvent;
import newswire.model.RawArticle;
import newswire.pipeline.ArticlePipeline;
import newswire.serde.JsonSerde;
import newswire.topology.DeadLetters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * docs/consumers.md cannot drift from the contract: its example records conform to the schemas they are labelled
 * with, its Java consumer is the compiled {@link EventsConsumerExample} verbatim, and it covers every topic.
 *
 * <p>To regenerate the examples from the real pipeline (after the cleaner or extractor changes):
 * {@code mvn -B -q test -Dtest=ConsumerGuideTest -Dnewswire.contract.examples=target/contract-examples}, then paste
 * the files into the guide (shortening long strings with "…" is fine: the shortened records must still validate).
 */
class ConsumerGuideTest {

    static final Path GUIDE = Path.of("docs/consumers.md");
    static final Path EXAMPLE_SOURCE = Path.of("src/test/java/newswire/contract/EventsConsumerExample.java");
    private static final Pattern LABELLED_JSON =
            Pattern.compile("<!-- schema: ([a-z-]+\\.json) -->\\s*```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void shouldShowOnlyExamplesThatConformToTheirSchemas() throws IOException {
        final Matcher examples = LABELLED_JSON.matcher(Files.readString(GUIDE));
        final List<String> labelled = new ArrayList<>();
        while (examples.find()) {
            final String schema = examples.group(1);
            labelled.add(schema);
            assertThat(ContractSchemas.ALL).contains(schema);
            assertThat(ContractSchemas.errors(schema, examples.group(2))).as(examples.group(2)).isEmpty();
        }
        assertThat(labelled).containsExactlyInAnyOrderElementsOf(ContractSchemas.ALL);
    }

    @Test
    void shouldIncludeTheCompiledJavaConsumerVerbatim() throws IOException {
        final String source = Files.readString(EXAMPLE_SOURCE);
        final String example = source.substring(source.indexOf("// begin-example\n") + "// begin-example\n".length(),
                source.indexOf("// end-example"));
        assertThat(Files.readString(GUIDE)).contains("```java\n" + example + "```");
    }

    @Test
    void shouldPrintTheClaimsOfAnEventAndNoneOfANearDuplicate() throws Exception {
        // Given the seed's event as the real pipeline writes it
        final ArticleEvent event = ArticlePipeline.standard(NewswireConfig.defaults()).process(ContractArticles.seed());
        final String json = JsonSerde.mapper().writeValueAsString(event);

        // Then the example consumer prints one line per claim, and nothing for a near-duplicate
        assertThat(EventsConsumerExample.claims(JsonSerde.mapper().readTree(json))).containsExactly(
                "troops some 1,500 PRK→RUS reported (" + event.id() + ")",
                "troops around 12,000 PRK→RUS planned (" + event.id() + ")");
        final ObjectNode duplicate = (ObjectNode) JsonSerde.mapper().readTree(json);
        duplicate.put("duplicateOf", "an-earlier-article");
        assertThat(EventsConsumerExample.claims(duplicate)).isEmpty();
        // and an event with every field filled is read the same way
        assertThat(EventsConsumerExample.claims(JsonSerde.mapper().valueToTree(ContractExamples.fullEvent(event.article()))))
                .hasSize(2);
    }

    @Test
    void shouldCoverEveryTopicTheCompatibilityRuleAndTheReplayCommand() throws IOException {
        final String guide = Files.readString(GUIDE);
        for (final String topic : TopicNames.DEFAULTS.all()) {
            assertThat(guide).contains("`" + topic + "`");
        }
        assertThat(guide).contains("Fields are only ever added", "A removed or retyped field is a new version and a new topic", "newswire publish --raw", "duplicateOf",
                "--isolation-level read_committed", "print.headers=true", "news.estimates",
                // estimates: what the fields mean, how sources count, and how to read them over HTTP
                "one report per source", "supersedes", "Near-duplicates are not counted", "--http-port 8080",
                "curl localhost:8080/estimates", "curl localhost:8080/estimates/troops:PRK%3ERUS",
                "curl localhost:8080/health",
                // the CloudEvents headers are real, and internal topics are out of contract
                "ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "ce_subject", "content-type",
                "**not part of the contract**",
                DeadLetters.STAGE_HEADER, DeadLetters.FAILED_AT_HEADER, DeadLetters.OFFSET_HEADER);
    }

    @Test
    @EnabledIfSystemProperty(named = "newswire.contract.examples", matches = ".+")
    void writeExampleRecords() throws IOException {
        final Path dir = Path.of(System.getProperty("newswire.contract.examples"));
        Files.createDirectories(dir);
        final ObjectWriter pretty = JsonSerde.mapper().writerWithDefaultPrettyPrinter();
        final RawArticle raw = ContractArticles.seed();
        final ArticleEvent real = ArticlePipeline.standard(NewswireConfig.defaults()).process(raw);
        final JsonNode rawJson = JsonSerde.mapper().readTree(new JsonSerde<>(RawArticle.class).serialize(null, raw));
        Files.writeString(dir.resolve("raw-article.json"), pretty.writeValueAsString(rawJson));
        final Path out = Files.createDirectories(dir.resolve("real"));
        Files.writeString(out.resolve("article-event.json"), pretty.writeValueAsString(real));
        Files.writeString(out.resolve("clean-article.json"), pretty.writeValueAsString(real.article()));
        for (int i = 0; i < real.claims().size(); i++) {
            Files.writeString(out.resolve("claim-" + i + ".json"), pretty.writeValueAsString(real.claims().get(i)));
        }
        // The estimates the real topology holds after the seed and the dev articles: the last value of each key
        final Path estimates = Files.createDirectories(dir.resolve("estimates"));
        for (final Map.Entry<String, JsonNode> estimate : TopologyRun.latestEstimates(ContractArticles.all()).entrySet()) {
            Files.writeString(estimates.resolve(estimate.getKey().replaceAll("[^A-Za-z0-9:?_-]", "_") + ".json"),
                    pretty.writeValueAsString(estimate.getValue()));
        }
    }
}
