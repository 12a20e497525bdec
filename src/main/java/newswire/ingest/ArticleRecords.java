package newswire.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import newswire.ingest.ArticleFiles.ArticleFile;
import newswire.model.RawArticle;
import newswire.serde.JsonSerde;

/**
 * The articles of one file, each with where it came from: one for {@code .txt} and {@code .html}; one per non-blank line
 * of {@code .jsonl}; one per object of {@code .json} (a {@code RawArticle} object, or an array of them). A record that
 * cannot be read is returned in its place as {@link Unreadable}, with its line or index, and the file's other records
 * are read all the same.
 *
 * <p>Ids: a record's own {@code id}, else the id of its {@code url}, else that of the file's name and the record's body
 * (see {@link ArticleIds}).
 */
public final class ArticleRecords {

    private ArticleRecords() {
    }

    /** One record of a file, in file order. */
    public sealed interface Entry permits Parsed, Unreadable {
        /** Where the record is: the file, and {@code :line} in a {@code .jsonl} or {@code [index]} in a {@code .json}. */
        String origin();
    }

    public record Parsed(String origin, RawArticle article) implements Entry {
    }

    public record Unreadable(String origin, String reason) implements Entry {
        @Override
        public String toString() {
            return origin + ": " + reason;
        }
    }

    /**
     * Every article under these paths, subfolders included, for code that reads a corpus it trusts (benchmarks,
     * tests): a record that cannot be read is an error there, not a line to pass over.
     */
    public static List<RawArticle> readAll(final List<Path> paths) {
        final List<RawArticle> articles = new ArrayList<>();
        for (final ArticleFile file : ArticleFiles.list(paths, true).files()) {
            for (final Entry entry : read(file)) {
                if (entry instanceof Parsed parsed) {
                    articles.add(parsed.article());
                } else {
                    throw new IllegalArgumentException(entry.toString());
                }
            }
        }
        return articles;
    }

    public static List<Entry> read(final ArticleFile file) {
        final String fetchedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        final byte[] bytes = file.bytes();
        final String origin = file.path().toString();
        return switch (file.extension()) {
            case "jsonl" -> jsonLines(file, new String(bytes, StandardCharsets.UTF_8), fetchedAt);
            case "json" -> jsonDocument(file, bytes, fetchedAt);
            default -> List.of(new Parsed(origin, new RawArticle(ArticleIds.of(file.name(), bytes), file.name(),
                    file.extension().startsWith("htm") ? RawArticle.TEXT_HTML : RawArticle.TEXT_PLAIN,
                    new String(bytes, StandardCharsets.UTF_8), fetchedAt, null, null, null, null)));
        };
    }

    private static List<Entry> jsonLines(final ArticleFile file, final String text, final String fetchedAt) {
        final List<Entry> entries = new ArrayList<>();
        final List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                final String line = lines.get(i);
                entries.add(entry(file, file.path() + ":" + (i + 1), () -> JsonSerde.mapper().readTree(line),
                        fetchedAt));
            }
        }
        return entries;
    }

    private static List<Entry> jsonDocument(final ArticleFile file, final byte[] bytes, final String fetchedAt) {
        final String origin = file.path().toString();
        final JsonNode document;
        try {
            document = JsonSerde.mapper().readTree(bytes);
        } catch (final JacksonException e) {
            return List.of(new Unreadable(origin, "not JSON: " + e.getOriginalMessage()));
        } catch (final IOException e) {
            return List.of(new Unreadable(origin, "cannot read: " + e.getMessage()));
        }
        if (document != null && document.isArray()) {
            final List<Entry> entries = new ArrayList<>();
            for (int i = 0; i < document.size(); i++) {
                final JsonNode element = document.get(i);
                entries.add(entry(file, origin + "[" + i + "]", () -> element, fetchedAt));
            }
            return entries;
        }
        return List.of(entry(file, origin, () -> document, fetchedAt));
    }

    /** Reads a JSON value that should be one article; a Jackson failure is the record's reason, not the file's. */
    private interface JsonSource {
        JsonNode read() throws IOException;
    }

    private static Entry entry(final ArticleFile file, final String origin, final JsonSource source,
                               final String fetchedAt) {
        final RawArticle given;
        try {
            final JsonNode node = source.read();
            if (node == null || !node.isObject()) {
                return new Unreadable(origin, "not a RawArticle JSON object");
            }
            given = JsonSerde.mapper().treeToValue(node, RawArticle.class);
        } catch (final JacksonException e) {
            return new Unreadable(origin, "not a RawArticle JSON object: " + e.getOriginalMessage());
        } catch (final IOException e) {
            return new Unreadable(origin, "cannot read: " + e.getMessage());
        }
        return new Parsed(origin, withDefaults(given, file, fetchedAt));
    }

    private static RawArticle withDefaults(final RawArticle given, final ArticleFile file, final String fetchedAt) {
        final String id = present(given.id()) ? given.id()
                : present(given.url()) ? ArticleIds.ofUrl(given.url())
                : ArticleIds.of(file.name(), String.valueOf(given.body()).getBytes(StandardCharsets.UTF_8));
        return new RawArticle(id, present(given.source()) ? given.source() : file.name(), given.contentType(),
                given.body(), present(given.fetchedAt()) ? given.fetchedAt() : fetchedAt, given.url(), given.title(),
                given.language(), given.publishedAt());
    }

    private static boolean present(final String text) {
        return text != null && !text.isBlank();
    }
}
