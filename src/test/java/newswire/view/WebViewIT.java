package newswire.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import newswire.broker.EmbeddedBroker;
import newswire.config.NewswireConfig;
import newswire.ingest.ArticleFiles;
import newswire.model.RawArticle;
import newswire.runtime.ArticlePublisher;
import newswire.runtime.StreamsRunner;
import newswire.runtime.TopicAdmin;
import newswire.topology.NewswireTopology;
import newswire.topology.StreamsProperties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web view in a real browser: Debian's headless chromium, driven through its chromedriver, reads the page of a
 * running topology fed with the seed, a republished copy of it, a poison record and an article whose title is markup,
 * and the test asserts what a person sees. Where chromium or chromedriver is not installed the test is reported as
 * skipped, with the reason; {@code .ci/run} installs both.
 */
@Tag("integration")
class WebViewIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/web-view");
    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final String SUBJECT = "troops:PRK>RUS";
    /** Were it ever markup, the broken image's handler would change the document's title. */
    private static final String HOSTILE_TITLE = "<img src=x onerror=\"document.title='pwned'\"> Officials say 300 "
            + "people were displaced";

    @TempDir
    Path dir;

    @Test
    void shouldShowEstimatesClaimsDuplicatesAndDeadLettersAsTextInABrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + "); .ci/run installs them with apt-get");
        final String run = UUID.randomUUID().toString().substring(0, 8);
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            final HostInfo self = new HostInfo("127.0.0.1", freePort());
            final NewswireConfig config = NewswireConfig.defaults().with(Map.of(
                    NewswireConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    "application.id", "newswire-view-" + run,
                    "state.dir", dir.resolve("state").toString(),
                    "commit.interval.ms", "100",
                    StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port()));
            TopicAdmin.ensureTopics(config);
            try (StreamsRunner streams = StreamsRunner.start(NewswireTopology.of(config).build(),
                    StreamsProperties.from(config), DEADLINE);
                 LiveView view = LiveView.serve(config, streams.kafkaStreams(), self);
                 ArticlePublisher publisher = new ArticlePublisher(config)) {
                final String page = "http://127.0.0.1:" + view.port() + "/";
                final WebDriver browser = chromium();
                try {
                    browser.get(page);

                    // When the seed is published, and once it is shown, a republished copy of it
                    final List<RawArticle> seeds = seeds();
                    for (final RawArticle seed : seeds) {
                        publisher.publish(seed).get();
                    }
                    final RawArticle seed = seeds.get(0);
                    await(browser, "the seed's event", driver -> !driver.findElements(eventOf(seed.id())).isEmpty());
                    publisher.publish(republished(seed, run)).get();

                    // And a poison record, and an article whose title is markup
                    publisher.publishBytes("poison-" + run, "{\"broken".getBytes(StandardCharsets.UTF_8)).get();
                    publisher.publish(new RawArticle("hostile-" + run, "hostile.example", RawArticle.TEXT_PLAIN,
                            hostileBody(), null, null, HOSTILE_TITLE, null, null)).get();

                    // Then the estimate row shows both figures of the seed with their statuses
                    final WebElement row = await(browser, "the estimate row of " + SUBJECT, driver -> driver
                            .findElements(By.cssSelector("[data-subject='" + SUBJECT + "']")).stream()
                            .filter(element -> element.findElements(By.cssSelector(".report")).size() == 2)
                            .findFirst().orElse(null));
                    assertThat(reports(row)).containsExactlyInAnyOrder(
                            "South Korean intelligence: about 1,500 (reported)",
                            "National Intelligence Service: about 12,000 (planned)");
                    assertThat(row.findElement(By.cssSelector(".figures")).getText())
                            .as("the row's figures are the reported one's only, never the planned one")
                            .contains("1,500").doesNotContain("12,000");
                    assertThat(row.findElements(By.cssSelector("svg.chart circle"))).hasSize(2);

                    // And the claim is highlighted inside its evidence sentence
                    final WebElement original = browser.findElement(eventOf(seed.id()));
                    final WebElement evidence = original.findElements(By.cssSelector(".evidence")).stream()
                            .filter(element -> element.getText().contains("some 1,500 North Korean special forces"))
                            .findFirst().orElseThrow();
                    assertThat(marks(evidence, "number")).containsExactly("some 1,500");
                    assertThat(marks(evidence, "thing")).containsExactly("special forces");
                    assertThat(marks(evidence, "attribution"))
                            .containsExactly("South Korean intelligence authorities have recently confirmed");

                    // And the copy carries a near-duplicate badge linking to the original
                    final WebElement badge = await(browser, "the duplicate badge", driver -> driver
                            .findElements(By.cssSelector("#event-republished-" + run + " .badge.duplicate")).stream()
                            .findFirst().orElse(null));
                    assertThat(badge.getText()).startsWith("near-duplicate of").contains("Yoon, NATO chief agree");
                    assertThat(badge.getAttribute("href")).endsWith("#event-" + seed.id());

                    // And the poison record is a dead letter, with its stage and where it came from
                    final WebElement deadLetter = await(browser, "the dead letter", driver -> driver
                            .findElements(By.cssSelector("#dead-letters .letter")).stream().findFirst().orElse(null));
                    assertThat(deadLetter.getText()).contains("parse: not a RawArticle JSON document")
                            .contains("from news.raw, partition").contains("key poison-" + run)
                            .contains("{\"broken");

                    // And the hostile title is shown as text and ran nothing
                    final WebElement hostile = await(browser, "the hostile article", driver -> driver
                            .findElements(By.cssSelector("#event-hostile-" + run + " h3")).stream().findFirst()
                            .orElse(null));
                    assertThat(hostile.getText()).isEqualTo(HOSTILE_TITLE);
                    assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
                    assertThat(browser.getTitle()).isEqualTo("Newswire");
                    assertThat(httpHeader(page, "Content-Security-Policy")).contains("script-src 'self'")
                            .doesNotContain("unsafe-inline");

                    final Path screenshot = screenshot(browser, "web-view.png");
                    assertThat(screenshot).isNotEmptyFile();

                    // And the page fits a phone's width
                    browser.manage().window().setSize(new Dimension(390, 1800));
                    assertThat(((JavascriptExecutor) browser).executeScript(
                            "return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
                    screenshot(browser, "web-view-phone.png");
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private WebDriver chromium() {
        final ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("chromium"), "--window-size=1280,2400");
        final ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static <T> T await(final WebDriver browser, final String what,
                               final java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, DEADLINE).withMessage("waiting for " + what).until(condition);
    }

    private static By eventOf(final String articleId) {
        return By.id("event-" + articleId);
    }

    /** Each current report as a person reads it: who, the figure, and the status (shown in capitals). */
    private static List<String> reports(final WebElement row) {
        return row.findElements(By.cssSelector(".report")).stream()
                .map(report -> report.findElement(By.cssSelector(".who")).getText() + ": "
                        + report.findElement(By.cssSelector(".amount")).getText() + " ("
                        + report.findElement(By.cssSelector(".status")).getText().toLowerCase(Locale.ROOT) + ")")
                .toList();
    }

    private static List<String> marks(final WebElement evidence, final String role) {
        return evidence.findElements(By.cssSelector("mark." + role)).stream().map(WebElement::getText).toList();
    }

    private Path screenshot(final WebDriver browser, final String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        final Path target = SCREENSHOTS.resolve(name);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static String httpHeader(final String page, final String name) throws IOException, InterruptedException {
        final HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(page))
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue(name).orElse("");
    }

    private static List<RawArticle> seeds() {
        final List<RawArticle> seeds = new ArrayList<>();
        ArticleFiles.list(List.of(Path.of("seeds"))).forEach(file -> seeds.addAll(ArticleFiles.read(file)));
        return seeds;
    }

    /** The seed as another portal republishes it: its own id and source, other site chrome, the same story. */
    private static RawArticle republished(final RawArticle seed, final String run) {
        final String body = seed.body().lines()
                .map(line -> line.startsWith("글자크기 설정") ? "Share this article · Print · Font size" : line)
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        return new RawArticle("republished-" + run, "another-portal.example",
                seed.contentType(), body, null, null, null, null, null);
    }

    private static String hostileBody() {
        return String.join("\n\n",
                "Officials in the northern province said on Tuesday that about 300 people were displaced by the "
                        + "flooding that followed three days of heavy rain.",
                "Rescue teams reached the worst-hit villages by boat, and the regional government opened four "
                        + "shelters in schools and sports halls.",
                "The weather service expects the rain to ease by the weekend, although rivers are likely to stay "
                        + "high for several more days.");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
