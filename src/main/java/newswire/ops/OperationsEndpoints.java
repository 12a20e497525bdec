package newswire.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiConsumer;
import newswire.runtime.StreamsRunner;
import newswire.serde.JsonSerde;
import org.apache.kafka.streams.KafkaStreams.State;

/**
 * What an operator's tools ask an instance over HTTP: {@code GET /metrics} (Prometheus text),
 * {@code GET /health/live} and {@code GET /health/ready} (200 or 503, with the state as JSON; see {@link Health}).
 */
public final class OperationsEndpoints {

    public static final String METRICS = "/metrics";
    public static final String LIVE = "/health/live";
    public static final String READY = "/health/ready";

    private final StreamsRunner streams;
    private final InstanceMetrics metrics;

    public OperationsEndpoints(final StreamsRunner streams, final InstanceMetrics metrics) {
        this.streams = streams;
        this.metrics = metrics;
    }

    /** Hands each path and its handler to {@code serve} (an HTTP server's {@code createContext}). */
    public void register(final BiConsumer<String, HttpHandler> serve) {
        serve.accept(METRICS, exchange -> answer(exchange, METRICS, () -> send(exchange, 200, InstanceMetrics.CONTENT_TYPE,
                metrics.scrape().getBytes(StandardCharsets.UTF_8))));
        serve.accept(LIVE, exchange -> answer(exchange, LIVE, () -> {
            final State state = streams.state();
            health(exchange, Health.live(state, streams.hasFailed()), state);
        }));
        serve.accept(READY, exchange -> answer(exchange, READY, () -> {
            final State state = streams.state();
            health(exchange, Health.ready(state), state);
        }));
    }

    private interface Answer {
        void send() throws IOException;
    }

    /** Answers GET of exactly {@code path}; a context also receives longer paths that start with it. */
    private static void answer(final HttpExchange exchange, final String path, final Answer answer) throws IOException {
        try {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                json(exchange, 404, Map.of("error", "not found"));
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                json(exchange, 405, Map.of("error", "only GET is served"));
            } else {
                answer.send();
            }
        } finally {
            exchange.close();
        }
    }

    private static void health(final HttpExchange exchange, final boolean ok, final State state) throws IOException {
        json(exchange, ok ? 200 : 503, Map.of("state", state.name()));
    }

    private static void json(final HttpExchange exchange, final int status, final Object body) throws IOException {
        send(exchange, status, "application/json", JsonSerde.mapper().writeValueAsBytes(body));
    }

    private static void send(final HttpExchange exchange, final int status, final String contentType,
                             final byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
