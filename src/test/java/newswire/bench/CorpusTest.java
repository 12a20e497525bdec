package newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newswire.model.RawArticle;
import newswire.serde.JsonSerde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    private static final RawArticle TEXT = new RawArticle("t1", "a.txt", RawArticle.TEXT_PLAIN,
            "Title\n\nFirst paragraph.\n\nSecond paragraph.\n", "2024-10-21T10:00:00Z", null, null, null, null);
    private static final RawArticle PAGE = new RawArticle("h1", "b.html", RawArticle.TEXT_HTML,
            "<html><body><p>Story</p></BODY></html>", "2024-10-21T10:00:00Z", null, null, null, null);

    @Test
    void shouldDrawCopiesFromTheOriginalsInTurnEachWithItsOwnIdAndBody() {
        // When five copies are made of two originals
        final List<RawArticle> copies = Corpus.vary(List.of(TEXT, PAGE), 5);

        // Then they alternate, ids and bodies are all distinct, and every other field is the original's
        assertThat(copies).extracting(RawArticle::id).containsExactly("t1-b0", "h1-b1", "t1-b2", "h1-b3", "t1-b4");
        assertThat(copies).extracting(RawArticle::body).doesNotHaveDuplicates();
        assertThat(copies).extracting(RawArticle::source).containsExactly("a.txt", "b.html", "a.txt", "b.html", "a.txt");
        assertThat(copies).extracting(RawArticle::contentType).containsOnly(RawArticle.TEXT_PLAIN, RawArticle.TEXT_HTML);
    }

    @Test
    void shouldKeepTheStoryAndAddOnlyTheCopyNumber() {
        final List<RawArticle> copies = Corpus.vary(List.of(TEXT, PAGE), 4);

        // A text copy is the original text and one last line
        assertThat(copies.get(2).body()).isEqualTo("Title\n\nFirst paragraph.\n\nSecond paragraph.\n\n(bench copy 2)\n");
        // A page copy carries an HTML comment just before </body>, whatever its case, so nothing visible changes
        assertThat(copies.get(3).body()).isEqualTo("<html><body><p>Story</p><!-- bench copy 3 --></BODY></html>");
    }

    @Test
    void shouldSerializeEveryCopyOnceWithNoTwoRecordsByteIdentical() {
        // When a corpus of 1,000 is made from the bundled seed alone
        final Corpus corpus = Corpus.of(List.of(Corpus.seed()), 1_000);

        // Then it has 1,000 distinct keys and values, each a RawArticle JSON document of about the seed's size
        final Set<String> keys = new HashSet<>();
        final Set<String> values = new HashSet<>();
        final JsonSerde<RawArticle> json = new JsonSerde<>(RawArticle.class);
        for (int i = 0; i < corpus.size(); i++) {
            keys.add(corpus.key(i));
            values.add(new String(corpus.value(i), StandardCharsets.UTF_8));
            assertThat(json.deserialize(null, corpus.value(i)).id()).isEqualTo(corpus.key(i));
        }
        assertThat(keys).hasSize(1_000);
        assertThat(values).hasSize(1_000);
        assertThat(corpus.originals()).isEqualTo(1);
        assertThat(corpus.bytes()).isEqualTo(corpus.bytes(0, 500) + corpus.bytes(500, 1_000));
        assertThat(corpus.bytes() / 1_000).isBetween(3_000L, 6_000L);
    }

    @Test
    void shouldStartWithTheBundledSeedAndAddEachDistinctArticleOfTheFolderOnce(@TempDir final Path dir)
            throws IOException {
        // Given a folder with a copy of the seed (the default seeds/ holds it) and one other article
        Files.writeString(dir.resolve(Corpus.SEED_NAME), Corpus.seed().body());
        Files.writeString(dir.resolve("other.txt"), "Another story\n\nWith a paragraph.");

        // When the originals are read, the seed is there once, first, and the other article after it
        final List<RawArticle> originals = Corpus.originals(dir);
        assertThat(originals).hasSize(2);
        assertThat(originals.get(0).body()).startsWith("Yoon, NATO chief agree");
        assertThat(originals.get(1).body()).startsWith("Another story");

        // And the seed alone when there is no folder
        assertThat(Corpus.originals(null)).hasSize(1);
    }

    @Test
    void shouldRefuseAnEmptyCorpus() {
        assertThatThrownBy(() -> Corpus.vary(List.of(), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Corpus.vary(List.of(TEXT), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
