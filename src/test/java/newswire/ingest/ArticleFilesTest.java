package newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newswire.ingest.ArticleFiles.ArticleFile;
import newswire.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @TempDir
    Path dir;

    @Test
    void shouldListArticleFilesOfAFolderInNameOrderSkippingOtherFiles() throws IOException {
        Files.writeString(dir.resolve("b.html"), "<p>b</p>");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("notes.md"), "not an article");

        assertThat(ArticleFiles.list(List.of(dir))).extracting(file -> file.path().getFileName().toString())
                .containsExactly("a.txt", "b.html");
    }

    @Test
    void shouldDeriveTheSameIdFromTheSameFileNameWhereverTheFolderIs() throws IOException {
        final Path first = Files.createDirectories(dir.resolve("one")).resolve("story.txt");
        final Path second = Files.createDirectories(dir.resolve("two")).resolve("story.txt");
        Files.writeString(first, "x");
        Files.writeString(second, "y");

        final List<ArticleFile> files = ArticleFiles.list(List.of(first, second));

        assertThat(files.get(0).id()).isEqualTo(files.get(1).id()).hasSize(16).matches("[0-9a-f]+");
        assertThat(ArticleFiles.idOf("other.txt")).isNotEqualTo(files.get(0).id());
    }

    @Test
    void shouldReadTextAsPlainTextAndHtmlAsHtml() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Korean 본문");
        Files.writeString(dir.resolve("b.htm"), "<p>b</p>");

        final List<RawArticle> articles = ArticleFiles.list(List.of(dir)).stream()
                .flatMap(file -> ArticleFiles.read(file).stream()).toList();

        assertThat(articles).extracting(RawArticle::contentType).containsExactly("text/plain", "text/html");
        assertThat(articles.get(0).body()).isEqualTo("Korean 본문");
        assertThat(articles.get(0).source()).isEqualTo("a.txt");
        assertThat(articles.get(0).fetchedAt()).isNotBlank();
    }

    @Test
    void shouldReadOneArticlePerJsonLineFillingWhatTheLineLeavesOut() throws IOException {
        Files.writeString(dir.resolve("batch.jsonl"), """
                {"id": "given", "source": "https://example.org/1", "contentType": "text/html", "body": "<p>one</p>"}

                {"url": "https://example.org/2", "body": "two"}
                """);

        final List<RawArticle> articles = ArticleFiles.read(ArticleFiles.list(List.of(dir)).get(0));

        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).id()).isEqualTo("given");
        assertThat(articles.get(0).contentType()).isEqualTo("text/html");
        assertThat(articles.get(1).id()).isEqualTo(ArticleFiles.idOf("https://example.org/2"));
        assertThat(articles.get(1).source()).isEqualTo("batch.jsonl");
    }

    @Test
    void shouldKeyAFileSentVerbatimByTheArticlesOwnIdWhenItIsAnArticleWithOne() throws IOException {
        final Path saved = Files.writeString(dir.resolve("dead-letter.json"),
                "{\"id\": \"article-7\", \"body\": \"text\"}");
        final ArticleFile file = ArticleFiles.list(List.of(saved)).get(0);

        assertThat(ArticleFiles.rawKey(file, file.bytes())).isEqualTo("article-7");
    }

    @Test
    void shouldKeyAFileSentVerbatimByItsFileNameWhenItIsNoArticleOrHasNoId() throws IOException {
        final ArticleFile noId = new ArticleFile(Files.writeString(dir.resolve("no-id.json"), "{\"body\": \"t\"}"),
                ArticleFiles.idOf("no-id.json"));
        final ArticleFile blankId = new ArticleFile(Files.writeString(dir.resolve("blank.json"),
                "{\"id\": \" \", \"body\": \"t\"}"), ArticleFiles.idOf("blank.json"));
        final ArticleFile notJson = new ArticleFile(Files.write(dir.resolve("poison.txt"),
                new byte[] {'{', '"', (byte) 0xFF, '"'}), ArticleFiles.idOf("poison.txt"));
        final ArticleFile empty = new ArticleFile(Files.write(dir.resolve("empty.json"), new byte[0]),
                ArticleFiles.idOf("empty.json"));

        for (final ArticleFile file : List.of(noId, blankId, notJson, empty)) {
            assertThat(ArticleFiles.rawKey(file, file.bytes())).as(file.path().toString()).isEqualTo(file.id());
        }
    }

    @Test
    void shouldSayWhichPathDoesNotExist() {
        assertThatThrownBy(() -> ArticleFiles.list(List.of(dir.resolve("missing"))))
                .hasMessageContaining("no such file or folder").hasMessageContaining("missing");
    }
}
