package newswire.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newswire.ingest.ArticleFiles;
import newswire.model.RawArticle;
import newswire.serde.JsonSerde;

/**
 * The articles a bench run publishes: N copies drawn in turn from the seed article (bundled, so the bench runs
 * anywhere) and the articles of a folder, each copy with its own id and a copy number in its body, so no two records
 * are byte-identical. A copy keeps its original's text otherwise: the cleaner and extractor do the same work on it.
 *
 * <p>Every article is serialized once, up front, as the {@code RawArticle} JSON a producer would send; every scenario
 * sends these same bytes.
 */
public final class Corpus {

    static final String SEED_RESOURCE = "/newswire/bench/seed.txt";
    static final String SEED_NAME = "000_23a076b1477290e0.txt";

    private final List<String> keys;
    private final List<byte[]> values;
    private final int originals;
    private final long bytes;

    private Corpus(final List<String> keys, final List<byte[]> values, final int originals) {
        this.keys = List.copyOf(keys);
        this.values = List.copyOf(values);
        this.originals = originals;
        this.bytes = bytes(0, keys.size());
    }

    /** The bundled seed plus the articles under {@code dir} (if given), varied into {@code size} records. */
    public static Corpus load(final Path dir, final int size) {
        return of(originals(dir), size);
    }

    /** {@code size} varied copies of {@code originals}, serialized. */
    public static Corpus of(final List<RawArticle> originals, final int size) {
        final JsonSerde<RawArticle> json = new JsonSerde<>(RawArticle.class);
        final List<String> keys = new ArrayList<>(size);
        final List<byte[]> values = new ArrayList<>(size);
        for (final RawArticle article : vary(originals, size)) {
            keys.add(article.id());
            values.add(json.serialize(null, article));
        }
        return new Corpus(keys, values, originals.size());
    }

    /** The seed first, then the folder's articles in name order, each distinct body once. */
    static List<RawArticle> originals(final Path dir) {
        final Map<String, RawArticle> byBody = new LinkedHashMap<>();
        final RawArticle seed = seed();
        byBody.put(seed.body(), seed);
        if (dir != null) {
            for (final ArticleFiles.ArticleFile file : ArticleFiles.list(List.of(dir))) {
                for (final RawArticle article : ArticleFiles.read(file)) {
                    if (article.body() != null && !article.body().isBlank()) {
                        byBody.putIfAbsent(article.body(), article);
                    }
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
     * Copy {@code i} of {@code size} is original {@code i % originals.size()} with id {@code <id>-b<i>} and its copy
     * number added where a reader would not see it change the story: an HTML comment before {@code </body>} in a page,
     * a last line in text.
     */
    static List<RawArticle> vary(final List<RawArticle> originals, final int size) {
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("no articles to vary");
        }
        if (size < 1) {
            throw new IllegalArgumentException("a corpus needs at least one article, not " + size);
        }
        final List<RawArticle> copies = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            final RawArticle original = originals.get(i % originals.size());
            final String id = (original.id() == null ? "article" : original.id()) + "-b" + i;
            copies.add(new RawArticle(id, original.source(), original.contentType(), mark(original, i),
                    original.fetchedAt(), original.url(), original.title(), original.language(),
                    original.publishedAt()));
        }
        return copies;
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

    public int size() {
        return keys.size();
    }

    /** How many distinct articles the copies were made from. */
    public int originals() {
        return originals;
    }

    /** Keys plus values, in bytes: what "MB/s" counts. */
    public long bytes() {
        return bytes;
    }

    /** Keys plus values of articles {@code from} (inclusive) to {@code to} (exclusive), in bytes. */
    public long bytes(final int from, final int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total += keys.get(i).getBytes(StandardCharsets.UTF_8).length + values.get(i).length;
        }
        return total;
    }

    public String key(final int index) {
        return keys.get(index);
    }

    public byte[] value(final int index) {
        return values.get(index);
    }

    /** Throws unless {@code dir} is a folder or file of articles; null means the seed alone. */
    public static void check(final Path dir) {
        if (dir != null && !Files.exists(dir)) {
            throw new IllegalArgumentException("no such file or folder: " + dir);
        }
    }
}
