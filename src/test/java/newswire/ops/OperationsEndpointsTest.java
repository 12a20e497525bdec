package newswire.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import newswire.config.NewswireConfig;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
import newswire.testing.PrometheusText;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probes and the metrics over HTTP, for an instance that has not started (no broker needed for that). */
class OperationsEndpointsTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private InstanceMetrics metrics;
    private StreamsRunner streams;
    private HttpServer server;

    @TempDir
    Path stateDir;

    @BeforeEach
    void serve() throws IOException {
        final NewswireConfig config = NewswireConfig.defaults().with(Map.of(
                NewswireConfig.BOOTSTRAP_SERVERS, "127.0.0.1:9",
                "application.id", "newswire-endpoints-" + UUID.randomUUID(),
                "state.dir", stateDir.toString()));
        metrics = new InstanceMetrics();
        streams = StreamsRunner.create(NewswireTopology.of(config).build(metrics.counters()),
                StreamsProperties.from(config, metrics.counters()), ThreadReplacements.from(config));
        metrics.bind(streams.kafkaStreams());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        new OperationsEndpoints(streams, metrics).register(server::createContext);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        streams.close();
        metrics.close();
    }

    @Test
    void shouldBeAliveButNotReadyBeforeKafkaStreamsRuns() throws Exception {
        assertThat(get("/health/live")).isEqualTo("200 {\"state\":\"CREATED\"}");
        assertThat(get("/health/ready")).isEqualTo("503 {\"state\":\"CREATED\"}");
    }

    @Test
    void shouldStayAliveButNotReadyAfterAnOrderlyStop() throws Exception {
        streams.close();

        assertThat(get("/health/live")).isEqualTo("200 {\"state\":\"NOT_RUNNING\"}");
        assertThat(get("/health/ready")).isEqualTo("503 {\"state\":\"NOT_RUNNING\"}");
    }

    @Test
    void shouldServeTheMetricsAsPrometheusText() throws Exception {
        final HttpResponse<String> response = http.send(request("/metrics").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        final PrometheusText text = PrometheusText.parse(response.body());
        final PrometheusText.Family articles = text.family("newswire_articles_total").orElseThrow();
        assertThat(articles.type()).isEqualTo("counter");
        for (final String outcome : new String[] {"event", "duplicate", "dead_letter"}) {
            assertThat(articles.value("newswire_articles_total", Map.of("outcome", outcome))).isZero();
        }
        assertThat(text.families()).containsKeys("newswire_claims_total", "newswire_dedupe_links_total",
                "jvm_memory_used_bytes");
    }

    @Test
    void shouldAnswerOnlyGetOfTheExactPaths() throws Exception {
        assertThat(get("/health/lively")).startsWith("404 ");
        assertThat(http.send(request("/metrics").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    }

    private String get(final String path) throws IOException, InterruptedException {
        final HttpResponse<String> response = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    private HttpRequest.Builder request(final String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path));
    }
}
