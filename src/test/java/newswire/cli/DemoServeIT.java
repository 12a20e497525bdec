package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newswire.serde.JsonSerde;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newswire demo --serve} as a user runs it (the packaged jar): the summary, then the web view until SIGTERM. */
@Tag("integration")
class DemoServeIT {

    private static final Path JAR = Path.of("target/newswire.jar");
    private static final Duration DEADLINE = Duration.ofSeconds(150);
    private static final Pattern ADDRESS = Pattern.compile("Web view: (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path dir;

    @Test
    void shouldKeepServingTheWebViewOverTheSeedAfterTheSummary() throws Exception {
        final Path out = dir.resolve("demo.out");
        final Process demo = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                JAR.toString(), "demo", "--serve", "--http-port", "0")
                .redirectOutput(out.toFile()).redirectError(dir.resolve("demo.err").toFile()).start();
        try {
            // When the demo has printed its summary and the address of the page
            final String page = awaitAddress(out);
            assertThat(Files.readString(out)).contains("Summary: 1 article read → 1 event");

            // Then the page is served, and its state holds the seed's event and estimate
            final HttpClient http = HttpClient.newHttpClient();
            final HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(html.statusCode()).isEqualTo(200);
            assertThat(html.body()).contains("<title>Newswire</title>");
            final JsonNode state = JsonSerde.mapper().readTree(http.send(HttpRequest.newBuilder(
                    URI.create(page + "view/state")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(state.path("events")).hasSize(1);
            assertThat(state.path("estimates").get(0).path("subject").path("key").asText()).isEqualTo("troops:PRK>RUS");
            assertThat(state.path("estimates").get(0).path("latestReported").asLong()).isEqualTo(1_500L);
            assertThat(demo.isAlive()).as("still serving after the summary").isTrue();
        } finally {
            demo.destroy();
        }
        assertThat(demo.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
    }

    private static String awaitAddress(final Path out) throws IOException, InterruptedException {
        final long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            final Matcher address = ADDRESS.matcher(Files.exists(out) ? Files.readString(out) : "");
            if (address.find()) {
                return address.group(1);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("no web view address within " + DEADLINE + ":\n" + Files.readString(out));
    }
}
