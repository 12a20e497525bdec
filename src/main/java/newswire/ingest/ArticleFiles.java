package newswire.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import newswire.model.RawArticle;
import newswire.serde.JsonSerde;

/**
 * Reads articles from files and folders: {@code .txt} is a portal text copy, {@code .html}/{@code .htm} a whole page,
 * and each line of {@code .jsonl} a {@code RawArticle} JSON document. Folders are read in name order, not recursively.
 *
 * <p>A file's article id is derived from its file name, not its path, so replaying the same folder from anywhere
 * yields the same ids and downstream consumers can deduplicate.
 */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** A file and the id its records are published under; the bytes are read as they are, for {@code --raw}. */
    public record ArticleFile(Path path, String id) {
        public byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (final IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
    }

    /** The article files under these paths, in order; a path that is neither a file nor a folder is an error. */
    public static List<ArticleFile> list(final List<Path> paths) {
        final List<ArticleFile> files = new ArrayList<>();
        for (final Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(Files::isRegularFile).filter(ArticleFiles::isArticle).sorted()
                            .forEach(child -> files.add(new ArticleFile(child, idOf(child))));
                } catch (final IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(new ArticleFile(path, idOf(path)));
            } else {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
        }
        return files;
    }

    /**
     * The key of a file sent verbatim ({@code publish --raw}): the article's own id when the file is a
     * {@code RawArticle} JSON document that has one, as a saved dead letter usually is, so that a replay is keyed as
     * the original was; else the id of the file name.
     */
    public static String rawKey(final ArticleFile file, final byte[] bytes) {
        try {
            final RawArticle article = JsonSerde.mapper().readValue(bytes, RawArticle.class);
            if (article != null && article.id() != null && !article.id().isBlank()) {
                return article.id();
            }
        } catch (final IOException e) {
            // Not an article (bad input sent on purpose, say): it is keyed by its file name.
        }
        return file.id();
    }

    /** The articles of one file: one for {@code .txt} and {@code .html}, one per non-blank line for {@code .jsonl}. */
    public static List<RawArticle> read(final ArticleFile file) {
        final String name = file.path().getFileName().toString();
        final String fetchedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        final String text = new String(file.bytes(), StandardCharsets.UTF_8);
        if (extension(name).equals("jsonl")) {
            final List<RawArticle> articles = new ArrayList<>();
            final JsonSerde<RawArticle> json = new JsonSerde<>(RawArticle.class);
            final List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
            for (int i = 0; i < lines.size(); i++) {
                final RawArticle article = json.deserialize(null, lines.get(i).getBytes(StandardCharsets.UTF_8));
                final String id = article.id() != null ? article.id()
                        : idOf(article.url() != null ? article.url() : name + "#" + (i + 1));
                articles.add(new RawArticle(id, article.source() != null ? article.source() : name,
                        article.contentType(), article.body(), article.fetchedAt() != null ? article.fetchedAt() : fetchedAt,
                        article.url(), article.title(), article.language(), article.publishedAt()));
            }
            return articles;
        }
        final String contentType = extension(name).startsWith("htm") ? RawArticle.TEXT_HTML : RawArticle.TEXT_PLAIN;
        return List.of(new RawArticle(file.id(), name, contentType, text, fetchedAt, null, null, null, null));
    }

    private static boolean isArticle(final Path path) {
        return List.of("txt", "html", "htm", "jsonl").contains(extension(path.getFileName().toString()));
    }

    private static String extension(final String name) {
        final int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The first 16 hex digits of the SHA-256 of a file name or URL. */
    static String idOf(final Path path) {
        return idOf(path.getFileName().toString());
    }

    static String idOf(final String name) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
