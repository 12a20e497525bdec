package newswire.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newswire.ingest.ArticleRecords;
import newswire.model.RawArticle;
import newswire.serde.JsonSerde;

/**
 * The articles a bench run publishes: copies drawn in turn from the seed article (bundled, so the bench runs anywhere)
 * and the articles of a folder, each copy with its own id and a copy number in its body, so no two records are
 * byte-identical. A copy keeps its original's text otherwise: the cleaner and extractor do the same work on it.
 *
 * <p>Copies are made on demand, a {@link Slice} at a time, so a run's warm-up can be as long as it needs without the
 * whole corpus in the heap; a slice holds its copies serialized as the {@code RawArticle} JSON a producer would send,
 * and copy {@code i} is the same bytes whichever scenario sends it.
 */
public final class Corpus {

    static final String SEED_RESOURCE = "/newswire/bench/seed.txt";
    static final String SEED_NAME = "000_23a076b1477290e0.txt";

    private final List<RawArticle> originals;
    private final JsonSerde<RawArticle> json = new JsonSerde<>(RawArticle.class);

    Corpus(final List<RawArticle> originals) {
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("no articles to vary");
        }
        this.originals = List.copyOf(originals);
    }

    /** The bundled seed plus the articles under {@code dir} (if given). */
    public static Corpus load(final Path dir) {
        return new Corpus(originals(dir));
    }

    /** Copies {@code from} (inclusive) to {@code to} (exclusive), serialized. */
    public Slice slice(final int from, final int to) {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("a slice needs at least one article, not " + from + " to " + to);
        }
        final String[] keys = new String[to - from];
        final byte[][] values = new byte[to - from][];
        for (int i = from; i < to; i++) {
            final RawArticle copy = copy(i);
            keys[i - from] = copy.id();
            values[i - from] = json.serialize(null, copy);
        }
        return new Slice(keys, values);
    }

    /** Copies of the corpus, serialized, numbered from 0 within the slice. */
    public static final class Slice {
        private final String[] keys;
        private final byte[][] values;
        private final long bytes;

        private Slice(final String[] keys, final byte[][] values) {
            this.keys = keys;
            this.values = values;
            long total = 0;
            for (int i = 0; i < keys.length; i++) {
                total += keys[i].getBytes(StandardCharsets.UTF_8).length + values[i].length;
            }
            this.bytes = total;
        }

        public int size() {
            return keys.length;
        }

        /** Keys plus values, in bytes: what "MB/s" counts. */
        public long bytes() {
            return bytes;
        }

        public String key(final int index) {
            return keys[index];
        }

        public byte[] value(final int index) {
            return values[index];
        }
    }

    /** How many distinct articles the copies are made from. */
    public int originals() {
        return originals.size();
    }

    /** The seed first, then the folder's articles in name order, each distinct body once. */
    static List<RawArticle> originals(final Path dir) {
        final Map<String, RawArticle> byBody = new LinkedHashMap<>();
        final RawArticle seed = seed();
        byBody.put(seed.body(), seed);
        if (dir != null) {
            for (final RawArticle article : ArticleRecords.readAll(List.of(dir))) {
                if (article.body() != null && !article.body().isBlank()) {
                    byBody.putIfAbsent(article.body(), article);
                }
            }
        }
        return List.copyOf(byBody.values());
    }

    /** The seed article, as {@code newswire publish seeds/} would send it. */
    static RawArticle seed() {
        try (InputStream in = Corpus.class.getResourceAsStream(SEED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled seed " + SEED_RESOURCE + " is missing from the jar");
            }
            final String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RawArticle("23a076b1477290e0", SEED_NAME, RawArticle.TEXT_PLAIN, body,
                    "2024-10-21T10:00:00Z", null, null, null, null);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read the bundled seed", e);
        }
    }

    /**
     * Copy {@code i} is original {@code i % originals} with id {@code <id>-b<i>} and its copy number added where a
     * reader would not see it change the story: an HTML comment before {@code </body>} in a page, a last line in text.
     */
    private RawArticle copy(final int i) {
        final RawArticle original = originals.get(i % originals.size());
        final String id = (original.id() == null ? "article" : original.id()) + "-b" + i;
        return new RawArticle(id, original.source(), original.contentType(), mark(original, i), original.fetchedAt(),
                original.url(), original.title(), original.language(), original.publishedAt());
    }

    private static String mark(final RawArticle original, final int copy) {
        final String body = original.body();
        if (original.isHtml()) {
            final String comment = "<!-- bench copy " + copy + " -->";
            final int end = body.toLowerCase(java.util.Locale.ROOT).lastIndexOf("</body>");
            return end < 0 ? body + comment : body.substring(0, end) + comment + body.substring(end);
        }
        return body.stripTrailing() + "\n\n(bench copy " + copy + ")\n";
    }
}
