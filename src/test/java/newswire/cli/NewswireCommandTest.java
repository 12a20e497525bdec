package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newswire.serde.JsonSerde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewswireCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldListEverySubcommandAndExitWithAUsageErrorWhenRunWithoutOne() {
        final CommandLineRunner result = CommandLineRunner.run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Usage: newswire", "demo", "run", "publish", "tail", "extract", "broker",
                "reset", "KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void shouldGiveNewswiresVersionAndKafkas() {
        final CommandLineRunner result = CommandLineRunner.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).containsPattern("newswire \\d+\\.\\d+\\.\\d+")
                .contains("Kafka Streams 4.4.0", "Kafka clients 4.4.0").doesNotContain("null", "unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "extract no/such/file.txt|no such file or folder: no/such/file.txt",
        "publish -b 127.0.0.1:1 no/such/folder|no such file or folder: no/such/folder",
        "extract --set newswire.max.article.chars=abc seeds|newswire.max.article.chars must be a whole number",
        "run -b 127.0.0.1:1 --set newswire.max.article.chars=abc|newswire.max.article.chars must be a whole number",
        "run -b 127.0.0.1:1 --set newswire.max.artcle.chars=9|did you mean newswire.max.article.chars?",
        "tail -b 127.0.0.1:1 --max=x news.events|'x' is not a long",
        "publish -b 127.0.0.1:1 --config no/such.properties seeds|no/such.properties"})
    void shouldNameAUsageMistakeInOneLineAndExit2(final String example) {
        final String[] parts = example.split("\\|");

        final CommandLineRunner result = CommandLineRunner.run(parts[0].split(" "));

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err().lines()).as(result.err()).singleElement().asString().contains(parts[1])
                .doesNotContain("Exception");
    }

    @Test
    void shouldShowTheStackTraceOfAMistakeOnlyWhenVerbose() {
        final CommandLineRunner result = CommandLineRunner.run("extract", "--verbose", "no/such/file.txt");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no such file or folder: no/such/file.txt", "NoSuchFileException", "\tat ");
    }

    @Test
    void shouldShowWhereAnArticleFailedOnlyWhenVerbose() throws IOException {
        final Path chrome = Files.writeString(dir.resolve("chrome.txt"), "Title\n\nCopyright 2024 Example. All rights reserved.");

        final CommandLineRunner quiet = CommandLineRunner.run("extract", chrome.toString());
        final CommandLineRunner verbose = CommandLineRunner.run("--verbose", "extract", chrome.toString());

        assertThat(quiet.exitCode()).isEqualTo(1);
        assertThat(quiet.err().lines()).singleElement().asString().contains("no story text left");
        assertThat(verbose.exitCode()).isEqualTo(1);
        assertThat(verbose.err()).contains("no story text left", "UncleanableArticleException", "\tat newswire.");
    }

    @Test
    void shouldExitWith1AndOneLineWhenThereIsNothingToPublish() throws IOException {
        Files.writeString(dir.resolve("notes.md"), "not an article");

        final CommandLineRunner result = CommandLineRunner.run("publish", "-b", "127.0.0.1:1", dir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).containsExactly(
                "skipped " + dir.resolve("notes.md") + ": not an article file (.txt, .html, .htm, .json, .jsonl)",
                "newswire publish: nothing to publish: no article file (.txt, .html, .htm, .json, .jsonl) in ["
                        + dir + "]");
    }

    @Test
    void shouldPrintOneLineForABadJsonLineInExtractAndStillExtractTheGoodOnes() throws IOException {
        final Path batch = Files.writeString(dir.resolve("batch.jsonl"), """
                {"source": "one", "body": "A title\\n\\nNothing happened in the capital on Monday."}
                {"source": "two", "body":
                {"source": "three", "body": "A title\\n\\nNothing happened in the port on Tuesday."}
                """);

        final CommandLineRunner result = CommandLineRunner.run("extract", batch.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).singleElement().asString().startsWith(batch + ":2: not a RawArticle");
        final List<JsonNode> lines = result.out().lines().map(NewswireCommandTest::json).toList();
        assertThat(lines).extracting(line -> line.path("source").asText()).containsExactly("one", batch + ":2", "three");
        assertThat(lines.get(1).path("error").path("message").asText()).startsWith("not a RawArticle JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "run", "publish", "tail", "extract", "audit", "reset", "broker"})
    void shouldExplainEachSubcommandWithHelp(final String subcommand) {
        final CommandLineRunner result = CommandLineRunner.run(subcommand, "--help");

        assertThat(result.exitCode()).isZero();
        final String header = NewswireCommand.commandLine(Map.of()).getSubcommands().get(subcommand).getCommandSpec()
                .usageMessage().header()[0];
        assertThat(result.out().replaceAll("\\s+", " ")).startsWith(header)
                .contains("Usage: newswire " + subcommand);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "tail news.events", "publish seeds", "audit", "reset"})
    void shouldFailWithAUsageErrorThatSaysHowToNameTheClusterWhenNoneIsGiven(final String command) {
        final CommandLineRunner result = CommandLineRunner.run(command.split(" "));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("No Kafka cluster given", "--bootstrap-servers", "KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void shouldPrintOneArticleEventJsonLinePerFileWithExtract() throws IOException {
        // Given two articles
        Files.writeString(dir.resolve("a.txt"), "A title\n\nNothing happened in the capital on Monday.");
        Files.copy(Path.of("seeds/000_23a076b1477290e0.txt"), dir.resolve("b.txt"));

        // When they are extracted
        final CommandLineRunner result = CommandLineRunner.run("extract", dir.resolve("a.txt").toString(),
                dir.resolve("b.txt").toString());

        // Then each is one ArticleEvent line, in order
        assertThat(result.exitCode()).isZero();
        final List<JsonNode> events = result.out().lines().map(NewswireCommandTest::json).toList();
        assertThat(events).hasSize(2);
        assertThat(events).extracting(event -> event.path("type").asText())
                .containsOnly("io.newswire.article.enriched.v1");
        assertThat(events).extracting(event -> event.path("source").asText()).containsExactly("a.txt", "b.txt");
        assertThat(events.get(1).path("claims")).hasSize(2);
    }

    @Test
    void shouldReportAFileItCannotProcessInItsPlaceAndStillPrintTheOthers() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "   ");
        Files.writeString(dir.resolve("story.txt"), "A title\n\nNothing happened in the capital on Monday.");

        final CommandLineRunner result = CommandLineRunner.run("extract", dir.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("empty.txt", "empty body");
        final List<JsonNode> lines = result.out().lines().map(NewswireCommandTest::json).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("source").asText()).isEqualTo("empty.txt");
        assertThat(lines.get(0).path("error").path("message").asText()).isEqualTo("empty body");
        assertThat(lines.get(1).path("type").asText()).isEqualTo("io.newswire.article.enriched.v1");
    }

    private static JsonNode json(final String line) {
        try {
            return JsonSerde.mapper().readTree(line);
        } catch (final IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
