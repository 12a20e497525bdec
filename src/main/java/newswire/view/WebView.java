package newswire.view;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newswire.model.Estimate;
import newswire.serde.JsonSerde;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page and what it polls: {@code GET /} (the page), {@code GET /view/*.js|css|svg} (its files, from the jar) and
 * {@code GET /view/state} ({@link ViewState} as JSON). Every answer carries a Content-Security-Policy that allows
 * scripts, styles and requests from this origin only, so neither an inline script nor an {@code on*} attribute would
 * run even if article text ever reached the page as markup.
 */
public final class WebView implements HttpHandler {

    /** Where the estimates come from: every instance's, as {@code GET /estimates} answers. */
    @FunctionalInterface
    public interface Estimates {
        List<Estimate> all() throws IOException, InterruptedException;
    }

    static final String STATE_PATH = "/view/state";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final Logger LOG = LoggerFactory.getLogger(WebView.class);
    /** Many browsers polling should not each ask every instance for its estimates. */
    private static final Duration ESTIMATES_REUSED_FOR = Duration.ofSeconds(1);
    private static final String RESOURCES = "/newswire/view/";
    private static final Map<String, Asset> ASSETS = Map.of(
            "/", new Asset("index.html", "text/html; charset=utf-8"),
            "/view/app.js", new Asset("app.js", "text/javascript; charset=utf-8"),
            "/view/style.css", new Asset("style.css", "text/css; charset=utf-8"),
            "/view/icon.svg", new Asset("icon.svg", "image/svg+xml"));

    private final ViewModel model;
    private final Estimates estimates;
    private final Clock clock;
    private List<Estimate> lastEstimates = List.of();
    private String estimatesNote = "the estimates have not been read yet";
    private Instant estimatesReadAt = Instant.EPOCH;

    public WebView(final ViewModel model, final Estimates estimates) {
        this(model, estimates, Clock.systemUTC());
    }

    WebView(final ViewModel model, final Estimates estimates, final Clock clock) {
        this.model = model;
        this.estimates = estimates;
        this.clock = clock;
    }

    @Override
    public void handle(final HttpExchange exchange) throws IOException {
        final String path = exchange.getRequestURI().getPath();
        exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        if (path.equals(STATE_PATH)) {
            final Instant now = clock.instant();
            final ViewState state = model.snapshot(estimates(now), estimatesNote, now);
            send(exchange, 200, "application/json", JsonSerde.mapper().writeValueAsBytes(state));
        } else if (ASSETS.containsKey(path)) {
            final Asset asset = ASSETS.get(path);
            send(exchange, 200, asset.contentType(), asset.bytes());
        } else {
            send(exchange, 404, "application/json", JsonSerde.mapper().writeValueAsBytes(Map.of("error",
                    "not found; try /, /estimates, /estimates/{subject} or /health")));
        }
    }

    /** The estimates of every instance, at most {@link #ESTIMATES_REUSED_FOR} old; the last ones while unreadable. */
    private synchronized List<Estimate> estimates(final Instant now) {
        if (Duration.between(estimatesReadAt, now).compareTo(ESTIMATES_REUSED_FOR) < 0) {
            return lastEstimates;
        }
        estimatesReadAt = now;
        try {
            lastEstimates = estimates.all();
            estimatesNote = null;
        } catch (final IOException | RuntimeException e) {
            LOG.debug("Estimates unavailable for the web view", e);
            estimatesNote = "estimates as last read; now unavailable: " + e.getMessage();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return lastEstimates;
    }

    private static void send(final HttpExchange exchange, final int status, final String contentType,
                             final byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A file of the page, read from the jar once. */
    private record Asset(String name, String contentType, byte[] bytes) {

        Asset(final String name, final String contentType) {
            this(name, contentType, read(name));
        }

        private static byte[] read(final String name) {
            try (InputStream in = WebView.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing from the jar: " + RESOURCES + name);
                }
                return in.readAllBytes();
            } catch (final IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
