package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import newswire.broker.BrokerExtension;
import newswire.model.ClaimKind;
import newswire.testing.PrometheusText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What an operator's tools see of {@code newswire run --http-port} (the packaged jar, its own process) on a real
 * broker: the probes while it starts and runs, and {@code GET /metrics} as Prometheus text with Kafka Streams' and
 * its clients' metrics and Newswire's counters at the values the topics hold.
 */
@Tag("integration")
class RunOperationsIT {

    private static final Path SEED = Path.of("seeds/000_23a076b1477290e0.txt");
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @RegisterExtension
    static final BrokerExtension BROKER = new BrokerExtension();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void shouldServeProbesAndPrometheusMetricsThatCountWhatTheTopicsHold() throws Exception {
        // Given `newswire run --http-port` on topics of this test
        final String run = UUID.randomUUID().toString().substring(0, 8);
        final Map<String, String> environment = NewswireProcess.runEnvironment(BROKER.bootstrapServers(), run,
                dir.resolve("state"));
        final int port = freePort();
        final NewswireProcess newswire = NewswireProcess.start(environment, dir.resolve("run.log"),
                dir.resolve("run.out"), "run", "--http-port", String.valueOf(port));
        final int exitCode;
        try {
            // Then it is not ready until Kafka Streams runs, and alive all along
            final List<String> beforeReady = awaitReady(port, newswire);
            assertThat(beforeReady).as("the answers before the first 200")
                    .allSatisfy(answer -> assertThat(answer).matches("refused|503 \\{\"state\":\"(CREATED|REBALANCING)\"}"));
            assertThat(get(port, "/health/live")).isEqualTo("200 {\"state\":\"RUNNING\"}");
            System.err.println("RunOperationsIT: before ready " + beforeReady.stream()
                    .collect(Collectors.groupingBy(answer -> answer, Collectors.counting())));

            // When the seed, a copy of it under another name and a record that is not JSON are published
            final Path copies = Files.createDirectories(dir.resolve("copies"));
            Files.copy(SEED, copies.resolve("republished.txt"));
            final Path poison = Files.writeString(dir.resolve("poison.txt"), "not json");
            assertThat(CommandLineRunner.run(environment, "publish", "seeds").exitCode()).isZero();
            assertThat(CommandLineRunner.run(environment, "publish", copies.toString()).exitCode()).isZero();
            assertThat(CommandLineRunner.run(environment, "publish", "--raw", poison.toString()).exitCode()).isZero();

            // Then /metrics parses as Prometheus text, and Newswire's counters say what the topics hold
            final PrometheusText metrics = awaitArticles(port, 3);
            assertThat(metrics.value("newswire_articles_total", Map.of("outcome", "event"))).isEqualTo(1);
            assertThat(metrics.value("newswire_articles_total", Map.of("outcome", "duplicate"))).isEqualTo(1);
            assertThat(metrics.value("newswire_articles_total", Map.of("outcome", "dead_letter"))).isEqualTo(1);
            assertThat(metrics.value("newswire_dedupe_links_total", Map.of())).isEqualTo(1);
            assertThat(metrics.value("newswire_dead_letters_total", Map.of("stage", "parse"))).isEqualTo(1);
            final Map<String, Long> claimsByKind = claimsByKind(environment, "claims-" + run);
            assertThat(claimsByKind).as("the seed has claims").isNotEmpty();
            for (final ClaimKind kind : ClaimKind.values()) {
                assertThat(metrics.value("newswire_claims_total", Map.of("kind", kind.json()))).as(kind.json())
                        .isEqualTo(claimsByKind.getOrDefault(kind.json(), 0L).doubleValue());
            }

            // And Kafka Streams' metrics and its clients' are there, read from the running instance
            final PrometheusText streams = awaitKafkaStreamsMetrics(port, "raw-" + run);
            assertThat(streams.sum("kafka_stream_topic_records_consumed_total", Map.of("topic", "raw-" + run)))
                    .as("read from the raw topic, over its partitions' tasks").isEqualTo(3);
            assertThat(streams.families().keySet()).anyMatch(name -> name.startsWith("kafka_stream_thread_"))
                    .anyMatch(name -> name.startsWith("kafka_consumer_"))
                    .anyMatch(name -> name.startsWith("kafka_producer_"));
        } finally {
            exitCode = newswire.stop();
        }
        assertThat(exitCode).as("exited after SIGTERM (128 + 15)").isEqualTo(143);
    }

    /** Polls /health/ready until it answers 200, returning what it answered before (or "refused"). */
    private List<String> awaitReady(final int port, final NewswireProcess newswire)
            throws IOException, InterruptedException {
        final List<String> answers = new ArrayList<>();
        final long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            final String answer = get(port, "/health/ready");
            if (answer.startsWith("200 ")) {
                assertThat(answer).isEqualTo("200 {\"state\":\"RUNNING\"}");
                return answers;
            }
            answers.add(answer);
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("not ready within " + DEADLINE + ": " + answers + "\n" + newswire.log());
    }

    /** Scrapes /metrics until Newswire has counted {@code articles} articles, whatever their outcome. */
    private PrometheusText awaitArticles(final int port, final int articles)
            throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + DEADLINE.toNanos();
        PrometheusText metrics = null;
        while (System.nanoTime() < deadline) {
            final HttpResponse<String> response = http.send(request(port, "/metrics"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValue("text/plain; version=0.0.4; charset=utf-8");
            metrics = PrometheusText.parse(response.body());
            if (metrics.sum("newswire_articles_total") >= articles) {
                return metrics;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("fewer than " + articles + " articles counted within " + DEADLINE + ": "
                + (metrics == null ? "no scrape" : metrics.sum("newswire_articles_total")));
    }

    /**
     * Scrapes /metrics until the metrics of the tasks reading {@code topic} are there: the binder adds a task's metrics
     * within {@code InstanceMetrics.REFRESH} of its creation.
     */
    private PrometheusText awaitKafkaStreamsMetrics(final int port, final String topic)
            throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + DEADLINE.toNanos();
        PrometheusText metrics = null;
        while (System.nanoTime() < deadline) {
            metrics = PrometheusText.parse(http.send(request(port, "/metrics"), HttpResponse.BodyHandlers.ofString())
                    .body());
            if (metrics.sum("kafka_stream_topic_records_consumed_total", Map.of("topic", topic)) > 0) {
                return metrics;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError("no metrics of the tasks reading " + topic + " within " + DEADLINE + "; the Kafka "
                + "families: " + metrics.families().keySet().stream().filter(name -> name.startsWith("kafka_")).toList());
    }

    private static Map<String, Long> claimsByKind(final Map<String, String> environment, final String topic) {
        final CommandLineRunner tail = CommandLineRunner.run(environment, "tail", topic, "--from-beginning", "--json",
                "--timeout", "5");
        assertThat(tail.exitCode()).isZero();
        return tail.out().lines().map(NewswireProcess::json)
                .collect(Collectors.groupingBy(record -> record.path("value").path("kind").asText(),
                        Collectors.counting()));
    }

    private String get(final int port, final String path) throws IOException, InterruptedException {
        try {
            final HttpResponse<String> response = http.send(request(port, path), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (final ConnectException e) {
            return "refused";
        }
    }

    private static HttpRequest request(final int port, final String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }
}
