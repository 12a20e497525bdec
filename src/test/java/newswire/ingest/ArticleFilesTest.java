package newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import newswire.ingest.ArticleFiles.ArticleFile;
import newswire.ingest.ArticleFiles.Listing;
import newswire.ingest.ArticleRecords.Entry;
import newswire.ingest.ArticleRecords.Parsed;
import newswire.ingest.ArticleRecords.Unreadable;
import newswire.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @TempDir
    Path dir;

    @Test
    void shouldWalkSubfoldersInPathOrderAndListWhatItPassesOverWithTheReason() throws IOException {
        Files.writeString(dir.resolve("b.html"), "<p>b</p>");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.writeString(dir.resolve("sub/c.json"), "{\"body\": \"c\"}");
        Files.writeString(dir.resolve("sub/deeper/d.jsonl"), "{\"body\": \"d\"}");
        Files.writeString(dir.resolve(".hidden.txt"), "an editor's file");

        final Listing listing = ArticleFiles.list(List.of(dir), true);

        assertThat(listing.files()).extracting(ArticleFile::name)
                .containsExactly("a.txt", "b.html", "sub/c.json", "sub/deeper/d.jsonl");
        assertThat(listing.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.path()).isEqualTo(dir.resolve("notes.md"));
            assertThat(skipped.reason()).contains("not an article file");
        });
    }

    @Test
    void shouldNotEnterSubfoldersWhenNotRecursiveAndSaySo() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "b");

        final Listing listing = ArticleFiles.list(List.of(dir), false);

        assertThat(listing.files()).extracting(ArticleFile::name).containsExactly("a.txt");
        assertThat(listing.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.path()).isEqualTo(dir.resolve("sub"));
            assertThat(skipped.reason()).contains("--no-recursive");
        });
    }

    @Test
    void shouldGiveFilesOfTheSameNameInDifferentFoldersDifferentIds() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/article.txt"), "Same words.");
        Files.writeString(dir.resolve("b/article.txt"), "Same words.");

        final List<RawArticle> articles = ArticleRecords.readAll(List.of(dir));

        assertThat(articles).extracting(RawArticle::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{16}"));
        assertThat(articles).extracting(RawArticle::source).containsExactly("a/article.txt", "b/article.txt");
    }

    @Test
    void shouldGiveTheSameFileTheSameIdFromAnywhereAndAnEditedOneANewId() throws IOException {
        final Path here = Files.createDirectories(dir.resolve("here"));
        final Path there = Files.createDirectories(dir.resolve("there"));
        Files.writeString(here.resolve("story.txt"), "The story.");
        Files.writeString(there.resolve("story.txt"), "The story.");
        final String published = ArticleRecords.readAll(List.of(here)).get(0).id();

        assertThat(ArticleRecords.readAll(List.of(there)).get(0).id()).isEqualTo(published);
        assertThat(ArticleRecords.readAll(List.of(here.resolve("story.txt"))).get(0).id()).isEqualTo(published);

        Files.writeString(there.resolve("story.txt"), "The story, corrected.");
        assertThat(ArticleRecords.readAll(List.of(there)).get(0).id()).isNotEqualTo(published);
    }

    @Test
    void shouldReadTextAsPlainTextAndHtmlAsHtml() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Korean 본문");
        Files.writeString(dir.resolve("b.htm"), "<p>b</p>");

        final List<RawArticle> articles = ArticleRecords.readAll(List.of(dir));

        assertThat(articles).extracting(RawArticle::contentType).containsExactly("text/plain", "text/html");
        assertThat(articles.get(0).body()).isEqualTo("Korean 본문");
        assertThat(articles.get(0).source()).isEqualTo("a.txt");
        assertThat(articles.get(0).fetchedAt()).isNotBlank();
    }

    @Test
    void shouldTakeTheProducersIdElseTheUrlsElseOneOfNameAndBodyForJsonRecords() throws IOException {
        Files.writeString(dir.resolve("batch.jsonl"), """
                {"id": "given", "source": "https://example.org/1", "contentType": "text/html", "body": "<p>one</p>"}

                {"url": "https://example.org/2", "body": "two"}
                {"body": "three"}
                {"body": "four"}
                """);

        final List<RawArticle> articles = ArticleRecords.readAll(List.of(dir));

        assertThat(articles).hasSize(4);
        assertThat(articles.get(0).id()).isEqualTo("given");
        assertThat(articles.get(0).contentType()).isEqualTo("text/html");
        assertThat(articles.get(1).id()).isEqualTo(ArticleIds.ofUrl("https://example.org/2"));
        assertThat(articles.get(1).source()).isEqualTo("batch.jsonl");
        assertThat(articles.get(2).id()).isEqualTo(ArticleIds.of("batch.jsonl", "three".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(articles.get(3).id());
    }

    @Test
    void shouldReportABadJsonLineWithItsNumberAndStillReadTheOthers() throws IOException {
        final Path file = Files.writeString(dir.resolve("batch.jsonl"), """
                {"body": "one"}
                {"body": "two",
                ["not", "an", "object"]
                {"body": "four"}
                """);

        final List<Entry> entries = ArticleRecords.read(ArticleFiles.list(List.of(file), true).files().get(0));

        assertThat(entries).extracting(Entry::origin)
                .containsExactly(file + ":1", file + ":2", file + ":3", file + ":4");
        assertThat(entries).extracting(entry -> entry instanceof Parsed).containsExactly(true, false, false, true);
        assertThat(((Unreadable) entries.get(1)).reason()).startsWith("not a RawArticle JSON object");
    }

    @Test
    void shouldReadAJsonFileAsOneArticleOrAnArrayOfThem() throws IOException {
        Files.writeString(dir.resolve("one.json"), "{\"title\": \"One\", \"body\": \"one\"}");
        Files.writeString(dir.resolve("two.json"), "[{\"body\": \"two\"}, 7, {\"body\": \"three\"}]");

        final List<ArticleFile> files = ArticleFiles.list(List.of(dir), true).files();
        final List<Entry> one = ArticleRecords.read(files.get(0));
        final List<Entry> two = ArticleRecords.read(files.get(1));

        assertThat(one).singleElement().isInstanceOfSatisfying(Parsed.class,
                parsed -> assertThat(parsed.article().title()).isEqualTo("One"));
        assertThat(two).extracting(Entry::origin).containsExactly(files.get(1).path() + "[0]",
                files.get(1).path() + "[1]", files.get(1).path() + "[2]");
        assertThat(two.get(1)).isInstanceOf(Unreadable.class);
        assertThat(two).filteredOn(Parsed.class::isInstance).hasSize(2);
    }

    @Test
    void shouldKeyAFileSentVerbatimByTheArticlesOwnIdWhenItIsAnArticleWithOne() throws IOException {
        final Path saved = Files.writeString(dir.resolve("dead-letter.json"),
                "{\"id\": \"article-7\", \"body\": \"text\"}");
        final ArticleFile file = ArticleFiles.list(List.of(saved), true).files().get(0);

        assertThat(ArticleFiles.rawKey(file, file.bytes())).isEqualTo("article-7");
    }

    @Test
    void shouldKeyAFileSentVerbatimByItsNameAndContentWhenItIsNoArticleOrHasNoId() throws IOException {
        Files.writeString(dir.resolve("no-id.json"), "{\"body\": \"t\"}");
        Files.writeString(dir.resolve("blank.json"), "{\"id\": \" \", \"body\": \"t\"}");
        Files.write(dir.resolve("poison.txt"), new byte[] {'{', '"', (byte) 0xFF, '"'});
        Files.write(dir.resolve("empty.json"), new byte[0]);

        for (final ArticleFile file : ArticleFiles.list(List.of(dir), true).files()) {
            assertThat(ArticleFiles.rawKey(file, file.bytes())).as(file.name())
                    .isEqualTo(ArticleIds.of(file.name(), file.bytes()));
        }
    }

    @Test
    void shouldSayWhichPathDoesNotExist() {
        assertThatThrownBy(() -> ArticleFiles.list(List.of(dir.resolve("missing")), true))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("missing");
    }
}
