package newswire.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import newswire.model.ClaimKind;
import newswire.model.Estimate;
import newswire.model.EstimateSubject;
import newswire.model.Party;
import newswire.serde.JsonSerde;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page's HTTP side on a real loopback server: the files, their security headers, and the state. */
class WebViewTest {

    private static final Estimate ESTIMATE = new Estimate(new EstimateSubject("troops:PRK>RUS", ClaimKind.TROOPS,
            new Party("North Korea", "PRK"), new Party("Russia", "RUS"), null), 1_500L, 1_500L, 1_500L, List.of(), 1,
            null, null, null);

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicBoolean estimatesFail = new AtomicBoolean();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T12:00:00Z"));
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new WebView(new ViewModel(), () -> {
            if (estimatesFail.get()) {
                throw new IOException("instance 10.0.0.2:8080 unreachable");
            }
            return List.of(ESTIMATE);
        }, new SettableClock(now)));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldServeThePageAndItsFilesWithAPolicyThatForbidsInlineScripts() throws Exception {
        for (final String path : List.of("/", "/view/app.js", "/view/style.css", "/view/icon.svg")) {
            final HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            final String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).contains("default-src 'none'", "script-src 'self'").doesNotContain("unsafe");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        assertThat(get("/").headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldHaveNoInlineScriptOrHandlerInThePage() throws Exception {
        final Document page = Jsoup.parse(get("/").body());

        assertThat(page.select("script")).isNotEmpty().allSatisfy(script -> {
            assertThat(script.attr("src")).startsWith("/view/");
            assertThat(script.data()).isBlank();
        });
        final List<String> handlers = new ArrayList<>();
        for (final Element element : page.getAllElements()) {
            for (final Attribute attribute : element.attributes()) {
                if (attribute.getKey().startsWith("on") || attribute.getKey().equals("style")) {
                    handlers.add(element.tagName() + " " + attribute.getKey());
                }
            }
        }
        assertThat(handlers).isEmpty();
    }

    @Test
    void shouldWriteArticleTextIntoThePageAsTextOnly() throws IOException {
        final String script;
        try (InputStream in = WebView.class.getResourceAsStream("/newswire/view/app.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function");
    }

    @Test
    void shouldAnswerTheStateWithTheEstimatesAndKeepTheLastOnesWhenTheyCannotBeRead() throws Exception {
        final JsonNode state = JsonSerde.mapper().readTree(get("/view/state").body());
        assertThat(state.path("estimates").get(0).path("subject").path("key").asText()).isEqualTo("troops:PRK>RUS");
        assertThat(state.path("estimatesNote").isNull()).isTrue();

        estimatesFail.set(true);
        now.set(now.get().plus(Duration.ofMillis(999)));
        assertThat(JsonSerde.mapper().readTree(get("/view/state").body()).path("estimatesNote").isNull())
                .as("within a second, polls reuse one reading of the estimates").isTrue();
        now.set(now.get().plus(Duration.ofSeconds(1)));
        final JsonNode stale = JsonSerde.mapper().readTree(get("/view/state").body());

        assertThat(stale.path("estimates").get(0).path("subject").path("key").asText()).isEqualTo("troops:PRK>RUS");
        assertThat(stale.path("estimatesNote").asText()).contains("unavailable", "10.0.0.2:8080 unreachable");
    }

    /** A clock the test moves. */
    private static final class SettableClock extends Clock {
        private final AtomicReference<Instant> now;

        SettableClock(final AtomicReference<Instant> now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private HttpResponse<String> get(final String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
