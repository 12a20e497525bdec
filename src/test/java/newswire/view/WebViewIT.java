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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import newswire.broker.EmbeddedBroker;
import newswire.config.NewswireConfig;
import newswire.ingest.ArticleRecords;
import newswire.model.RawArticle;
import newswire.runtime.ArticlePublisher;
import newswire.runtime.StreamsRunner;
import newswire.runtime.ThreadReplacements;
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
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
                    StreamsProperties.from(config), DEADLINE, ThreadReplacements.from(config));
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
                    final String row = "[data-subject='" + SUBJECT + "']";
                    final List<String> reports = await(browser, "the two reports of " + SUBJECT, driver -> {
                        final List<String> shown = reports(driver.findElement(By.cssSelector(row)));
                        return shown.size() == 2 ? shown : null;
                    });
                    assertThat(reports).containsExactlyInAnyOrder(
                            "South Korean intelligence: about 1,500 (reported)",
                            "National Intelligence Service: about 12,000 (planned)");
                    assertThat(awaitText(browser, "the row's figures", row + " .figures"))
                            .as("the row's figures are the reported one's only, never the planned one")
                            .contains("1,500").doesNotContain("12,000");
                    final int dots = await(browser, "the row's chart", driver -> driver
                            .findElements(By.cssSelector(row + " svg.chart circle")).size());
                    assertThat(dots).isEqualTo(2);

                    // And the claim is highlighted inside its evidence sentence
                    final List<String> marks = await(browser, "the seed's highlighted claim", driver -> driver
                            .findElement(eventOf(seed.id())).findElements(By.cssSelector(".evidence")).stream()
                            .filter(element -> element.getText().contains("some 1,500 North Korean special forces"))
                            .findFirst().map(WebViewIT::marks).orElse(null));
                    assertThat(marks).containsExactly(
                            "attribution: South Korean intelligence authorities have recently confirmed",
                            "number: some 1,500", "thing: special forces");

                    // And the copy carries a near-duplicate badge linking to the original
                    final String badge = "#event-republished-" + run + " .badge.duplicate";
                    assertThat(awaitText(browser, "the duplicate badge", badge))
                            .startsWith("near-duplicate of").contains("Yoon, NATO chief agree");
                    final String link = await(browser, "the badge's link", driver -> driver
                            .findElement(By.cssSelector(badge)).getAttribute("href"));
                    assertThat(link).endsWith("#event-" + seed.id());

                    // And the poison record is a dead letter, with its stage and where it came from
                    assertThat(awaitText(browser, "the dead letter", "#dead-letters .letter"))
                            .contains("parse: not a RawArticle JSON document").contains("from news.raw, partition")
                            .contains("key poison-" + run).contains("{\"broken");

                    // And the hostile title is shown as text and ran nothing
                    assertThat(awaitText(browser, "the hostile article", "#event-hostile-" + run + " h3"))
                            .isEqualTo(HOSTILE_TITLE);
                    assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
                    assertThat(browser.getTitle()).isEqualTo("Newswire");
                    assertThat(httpHeader(page, "Content-Security-Policy")).contains("script-src 'self'")
                            .doesNotContain("unsafe-inline");

                    final long height = (Long) ((JavascriptExecutor) browser)
                            .executeScript("return Math.ceil(document.body.getBoundingClientRect().bottom)"
                                    + " + window.outerHeight - window.innerHeight + 40");
                    browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 20, 4000)));
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

    /**
     * Waits until {@code read} gives something. The page redraws a section whenever its data changes, so an element
     * found a moment ago may be gone: reading is retried then, as a person would look again.
     */
    private static <T> T await(final WebDriver browser, final String what,
                               final java.util.function.Function<WebDriver, T> read) {
        return new WebDriverWait(browser, DEADLINE).withMessage("waiting for " + what)
                .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class).until(read);
    }

    private static String awaitText(final WebDriver browser, final String what, final String selector) {
        return await(browser, what, driver -> driver.findElement(By.cssSelector(selector)).getText());
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

    /** The highlighted words of an evidence sentence, in reading order, each with what it is. */
    private static List<String> marks(final WebElement evidence) {
        return evidence.findElements(By.cssSelector("mark")).stream()
                .map(mark -> mark.getAttribute("class") + ": " + mark.getText()).toList();
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
        return ArticleRecords.readAll(List.of(Path.of("seeds")));
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
