package newswire.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import newswire.broker.EmbeddedBroker;
import newswire.clean.SourceTemplates;
import newswire.config.NewswireConfig;
import newswire.model.RawArticle;
import newswire.runtime.ArticlePublisher;
import newswire.runtime.RecordView;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.runtime.TopicTailer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real broker: what the template memory learned before a restart is restored from its changelog (the store is
 * in memory, so nothing of it survives locally), and the source's next article loses its chrome.
 */
@Tag("integration")
class SourceTemplatesRestartIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path stateDir;

    @Test
    void shouldRememberASourcesTemplateAcrossARestart() throws Exception {
        final String run = UUID.randomUUID().toString().substring(0, 8);
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            final NewswireConfig config = NewswireConfig.defaults().with(Map.of(
                    NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    "application.id", "newswire-templates-" + run,
                    "state.dir", stateDir.toString(),
                    "commit.interval.ms", "100",
                    "newswire.partitions", "1"));
            TopicAdmin.ensureTopics(config);
            final Map<String, JsonNode> clean = new HashMap<>();
            try (ArticlePublisher publisher = new ArticlePublisher(config);
                 TopicTailer tailer = new TopicTailer(config, List.of(config.topics().clean()), true)) {
                // Given three articles of a site, processed before a restart
                try (StreamsRunner streams = start(config)) {
                    for (int n = 0; n < 3; n++) {
                        publisher.publish(article(n)).get();
                    }
                    await(tailer, clean, 3);
                }

                // When the application starts again and the site's fourth article comes
                try (StreamsRunner streams = start(config)) {
                    publisher.publish(article(3)).get();
                    await(tailer, clean, 4);
                }
            }

            // Then the fourth lost the chrome the first three taught the memory
            final JsonNode fourth = clean.get("harbour-3");
            assertThat(fourth.path("removed").path(SourceTemplates.REMOVED_REASON).asInt()).isEqualTo(3);
            assertThat(fourth.path("paragraphs").toString())
                    .doesNotContain(SourceTemplatesTopologyTest.SITE_CHROME.get(0));
            assertThat(clean.get("harbour-2").path("paragraphs").toString())
                    .contains(SourceTemplatesTopologyTest.SITE_CHROME.get(0));
        }
    }

    private static StreamsRunner start(final NewswireConfig config) {
        return StreamsRunner.start(NewswireTopology.of(config).build(), StreamsProperties.from(config), DEADLINE,
                ThreadReplacements.from(config));
    }

    private static RawArticle article(final int n) {
        final RawArticle article = SourceTemplatesTopologyTest.article("https://www.harbourview.example/local/" + n,
                SourceTemplatesTopologyTest.STORIES.get(n));
        return new RawArticle("harbour-" + n, article.source(), article.contentType(), article.body(), null,
                article.url(), null, "en", null);
    }

    private static void await(final TopicTailer tailer, final Map<String, JsonNode> clean, final int count) {
        final long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (clean.size() < count && System.nanoTime() < deadline) {
            tailer.run(record -> clean.put(RecordView.parsed(record.value()).path("id").asText(),
                    RecordView.parsed(record.value())), count - clean.size(), Duration.ofSeconds(1));
        }
        assertThat(clean).hasSize(count);
    }
}
