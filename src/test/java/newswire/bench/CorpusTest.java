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
import java.util.stream.IntStream;
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
        final List<RawArticle> copies = copies(new Corpus(List.of(TEXT, PAGE)), 5);

        // Then they alternate, ids and bodies are all distinct, and every other field is the original's
        assertThat(copies).extracting(RawArticle::id).containsExactly("t1-b0", "h1-b1", "t1-b2", "h1-b3", "t1-b4");
        assertThat(copies).extracting(RawArticle::body).doesNotHaveDuplicates();
        assertThat(copies).extracting(RawArticle::source).containsExactly("a.txt", "b.html", "a.txt", "b.html", "a.txt");
        assertThat(copies).extracting(RawArticle::contentType).containsOnly(RawArticle.TEXT_PLAIN, RawArticle.TEXT_HTML);
    }

    @Test
    void shouldKeepTheStoryAndAddOnlyTheCopyNumber() {
        final List<RawArticle> copies = copies(new Corpus(List.of(TEXT, PAGE)), 4);

        // A text copy is the original text and one last line
        assertThat(copies.get(2).body()).isEqualTo("Title\n\nFirst paragraph.\n\nSecond paragraph.\n\n(bench copy 2)\n");
        // A page copy carries an HTML comment just before </body>, whatever its case, so nothing visible changes
        assertThat(copies.get(3).body()).isEqualTo("<html><body><p>Story</p><!-- bench copy 3 --></BODY></html>");
    }

    @Test
    void shouldSerializeEveryCopyWithNoTwoRecordsByteIdentical() {
        // When a slice of 1,000 is made from the bundled seed alone
        final Corpus corpus = new Corpus(List.of(Corpus.seed()));
        final Corpus.Slice slice = corpus.slice(0, 1_000);

        // Then it has 1,000 distinct keys and values, each a RawArticle JSON document of about the seed's size
        final Set<String> keys = new HashSet<>();
        final Set<String> values = new HashSet<>();
        final JsonSerde<RawArticle> json = new JsonSerde<>(RawArticle.class);
        for (int i = 0; i < slice.size(); i++) {
            keys.add(slice.key(i));
            values.add(new String(slice.value(i), StandardCharsets.UTF_8));
            assertThat(json.deserialize(null, slice.value(i)).id()).isEqualTo(slice.key(i));
        }
        assertThat(keys).hasSize(1_000);
        assertThat(values).hasSize(1_000);
        assertThat(corpus.originals()).isEqualTo(1);
        assertThat(slice.bytes()).isEqualTo(corpus.slice(0, 500).bytes() + corpus.slice(500, 1_000).bytes());
        assertThat(slice.bytes() / 1_000).isBetween(3_000L, 6_000L);
    }

    @Test
    void shouldMakeTheSameBytesForACopyWhicheverSliceHoldsIt() {
        // A warm-up slice and a timed slice are made at different times; copy 7 must not depend on which one it is in
        final Corpus corpus = new Corpus(List.of(TEXT, PAGE));
        final Corpus.Slice first = corpus.slice(0, 10);
        final Corpus.Slice later = corpus.slice(5, 10);

        assertThat(later.key(2)).isEqualTo(first.key(7)).isEqualTo("h1-b7");
        assertThat(later.value(2)).isEqualTo(first.value(7));
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
        assertThatThrownBy(() -> new Corpus(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Corpus(List.of(TEXT)).slice(3, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<RawArticle> copies(final Corpus corpus, final int count) {
        final JsonSerde<RawArticle> json = new JsonSerde<>(RawArticle.class);
        final Corpus.Slice slice = corpus.slice(0, count);
        return IntStream.range(0, count).mapToObj(i -> json.deserialize(null, slice.value(i))).toList();
    }
}
