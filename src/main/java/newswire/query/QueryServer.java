package newswire.query;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newswire.model.Estimate;
import newswire.serde.JsonSerde;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of a running instance, JSON only:
 * <ul>
 *   <li>{@code GET /estimates}: every subject's estimate, gathered from all instances;</li>
 *   <li>{@code GET /estimates/{subject}}: one subject (URL-encode it: {@code troops:PRK%3ERUS}), 404 when unknown;</li>
 *   <li>{@code GET /health}: 200 while Kafka Streams is running or rebalancing, 503 otherwise, with the state.</li>
 * </ul>
 * A request another instance forwards carries {@code local=true} and is answered from this instance's store alone.
 * Any other path goes to the {@code pages} handler given at start (the web view), else is a 404.
 */
public final class QueryServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueryServer.class);
    private static final String ESTIMATES = "/estimates";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
        final Thread thread = new Thread(runnable, "newswire-http");
        thread.setDaemon(true);
        return thread;
    });
    private final KafkaStreams streams;
    private final EstimateQueries queries;
    private final HttpHandler pages;

    private QueryServer(final HttpServer server, final KafkaStreams streams, final EstimateQueries queries,
                        final HttpHandler pages) {
        this.server = server;
        this.streams = streams;
        this.queries = queries;
        this.pages = pages;
    }

    public static QueryServer start(final InetSocketAddress address, final KafkaStreams streams,
                                    final EstimateQueries queries) throws IOException {
        return start(address, streams, queries, exchange -> send(exchange, 404,
                Map.of("error", "not found; try /estimates, /estimates/{subject} or /health")));
    }

    /** Serves the estimates and health, and every other path with {@code pages}. */
    public static QueryServer start(final InetSocketAddress address, final KafkaStreams streams,
                                    final EstimateQueries queries, final HttpHandler pages) throws IOException {
        final QueryServer query = new QueryServer(HttpServer.create(address, 0), streams, queries, pages);
        query.server.createContext("/", query::handle);
        query.server.setExecutor(query.executor);
        query.server.start();
        LOG.info("Serving estimates and health on http://{}:{}", address.getHostString(), query.port());
        return query;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code path} and the paths under it with {@code handler} too (the operations endpoints, say). */
    public void serve(final String path, final HttpHandler handler) {
        server.createContext(path, handler);
    }

    private void handle(final HttpExchange exchange) throws IOException {
        try {
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, Map.of("error", "only GET is served"));
                return;
            }
            final String path = exchange.getRequestURI().getPath();
            final boolean local = "local=true".equals(exchange.getRequestURI().getQuery());
            if (path.equals("/health")) {
                final KafkaStreams.State state = streams.state();
                final boolean healthy = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
                send(exchange, healthy ? 200 : 503, Map.of("state", state.name()));
            } else if (path.equals(ESTIMATES) || path.equals(ESTIMATES + "/")) {
                send(exchange, 200, local ? queries.localAll() : queries.all());
            } else if (path.startsWith(ESTIMATES + "/")) {
                final String subject = path.substring(ESTIMATES.length() + 1);
                final Optional<Estimate> estimate = local ? queries.localOne(subject) : queries.one(subject);
                if (estimate.isPresent()) {
                    send(exchange, 200, estimate.get());
                } else {
                    send(exchange, 404, Map.of("error", "no estimate for subject '" + subject + "'"));
                }
            } else {
                pages.handle(exchange);
            }
        } catch (final EstimateQueries.StoreUnavailableException e) {
            send(exchange, 503, Map.of("error", e.getMessage()));
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 503, Map.of("error", "interrupted"));
        } catch (final RuntimeException e) {
            LOG.warn("Cannot answer {}", exchange.getRequestURI(), e);
            send(exchange, 500, Map.of("error", String.valueOf(e.getMessage())));
        } finally {
            exchange.close();
        }
    }

    private static void send(final HttpExchange exchange, final int status, final Object body) throws IOException {
        final byte[] json = JsonSerde.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
