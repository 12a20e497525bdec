package newswire.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import newswire.broker.EmbeddedBroker;
import newswire.config.NewswireConfig;
import newswire.ingest.ArticleRecords;
import newswire.model.RawArticle;
import newswire.runtime.ArticlePublisher;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.runtime.TopicAdmin;
import newswire.serde.JsonSerde;
import newswire.testing.DevArticles;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Newswire instances of one application on 6-partition topics: every estimate can be asked of either instance,
 * which answers from its own store or from the instance that holds the subject.
 */
@Tag("integration")
class EstimatesAcrossInstancesIT {

    private static final Duration DEADLINE = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldAnswerEveryEstimateFromEitherInstance() throws Exception {
        final String run = UUID.randomUUID().toString().substring(0, 8);
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            final NewswireConfig config = NewswireConfig.defaults().with(Map.of(
                    "bootstrap.servers", broker.bootstrapServers(),
                    "application.id", "newswire-iq-" + run,
                    "commit.interval.ms", "100",
                    "newswire.partitions", "6"));
            TopicAdmin.ensureTopics(config);
            final List<RawArticle> articles = articles();
            try (Instance first = Instance.start(config, dir.resolve("a"));
                 Instance second = Instance.start(config, dir.resolve("b"))) {
                awaitBothRunning(first, second);

                // When the seed and the development articles are published
                try (ArticlePublisher publisher = new ArticlePublisher(config)) {
                    for (final RawArticle article : articles) {
                        publisher.publish(article).get();
                    }
                }

                // Then, once the estimates are in, both instances list the same ones
                final List<String> subjects = awaitSameEstimates(first, second);
                assertThat(subjects).contains("troops:PRK>RUS").hasSizeGreaterThanOrEqualTo(4);

                // And every subject is answered by both, the instance that does not hold it included
                final Set<HostInfo> holders = new HashSet<>();
                for (final String subject : subjects) {
                    holders.add(first.streams().queryMetadataForKey(NewswireTopology.ESTIMATES_STORE, subject,
                            Serdes.String().serializer()).activeHost());
                    final HttpResponse<String> fromFirst = get(first, "/estimates/" + encode(subject));
                    final HttpResponse<String> fromSecond = get(second, "/estimates/" + encode(subject));
                    assertThat(fromFirst.statusCode()).as(subject).isEqualTo(200);
                    assertThat(fromSecond.statusCode()).as(subject).isEqualTo(200);
                    assertThat(json(fromFirst.body())).isEqualTo(json(fromSecond.body()));
                    assertThat(json(fromFirst.body()).path("subject").path("key").asText()).isEqualTo(subject);
                }
                assertThat(holders).as("subjects live on both instances").hasSize(2);
                assertThat(get(first, "/estimates/" + encode("troops:XXX>YYY")).statusCode()).isEqualTo(404);
                assertThat(json(get(second, "/health").body()).path("state").asText()).isEqualTo("RUNNING");
            }
        }
    }

    private List<String> awaitSameEstimates(final Instance first, final Instance second) throws Exception {
        final long deadline = System.nanoTime() + DEADLINE.toNanos();
        List<String> previous = List.of();
        while (System.nanoTime() < deadline) {
            final HttpResponse<String> a = get(first, "/estimates");
            final HttpResponse<String> b = get(second, "/estimates");
            if (a.statusCode() == 200 && b.statusCode() == 200 && json(a.body()).equals(json(b.body()))) {
                final List<String> subjects = new ArrayList<>();
                json(a.body()).forEach(estimate -> subjects.add(estimate.path("subject").path("key").asText()));
                // Settled: the same non-empty answer twice in a row, a commit interval apart.
                if (!subjects.isEmpty() && subjects.equals(previous)) {
                    return subjects;
                }
                previous = subjects;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the instances did not agree on the estimates within " + DEADLINE);
    }

    private static void awaitBothRunning(final Instance first, final Instance second) throws InterruptedException {
        final long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (first.streams().state() == KafkaStreams.State.RUNNING
                    && second.streams().state() == KafkaStreams.State.RUNNING) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the two instances did not both reach RUNNING within " + DEADLINE);
    }

    private HttpResponse<String> get(final Instance instance, final String path) throws IOException,
            InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<RawArticle> articles() {
        // The dev folder's files one by one: its expected.json holds the labels, not an article
        return ArticleRecords.readAll(java.util.stream.Stream.concat(java.util.stream.Stream.of(Path.of("seeds")),
                DevArticles.names().stream().map(DevArticles.FOLDER::resolve)).toList());
    }

    private static String encode(final String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8);
    }

    private static JsonNode json(final String body) throws IOException {
        return JsonSerde.mapper().readTree(body);
    }

    /** One instance as {@code newswire run --http-port} starts it: Streams, announced as application.server, and HTTP. */
    private record Instance(StreamsRunner runner, QueryServer server) implements AutoCloseable {

        static Instance start(final NewswireConfig config, final Path stateDir) throws IOException {
            final HostInfo self = new HostInfo("127.0.0.1", freePort());
            final NewswireConfig own = config.with(Map.of(
                    StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port(),
                    StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()));
            final StreamsRunner runner = StreamsRunner.start(NewswireTopology.of(own).build(),
                    StreamsProperties.from(own), DEADLINE, ThreadReplacements.from(own));
            return new Instance(runner, QueryServer.start(new InetSocketAddress(self.host(), self.port()),
                    runner.kafkaStreams(), new EstimateQueries(runner.kafkaStreams(), self)));
        }

        KafkaStreams streams() {
            return runner.kafkaStreams();
        }

        int port() {
            return server.port();
        }

        @Override
        public void close() {
            server.close();
            runner.close();
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }
}
