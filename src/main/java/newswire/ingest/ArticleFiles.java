package newswire.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import newswire.model.RawArticle;
import newswire.serde.JsonSerde;

/**
 * Finds article files under the paths a user names: {@code .txt} is a portal text copy, {@code .html}/{@code .htm} a
 * whole page, {@code .jsonl} one {@code RawArticle} JSON document per line, and {@code .json} one such document or an
 * array of them ({@link ArticleRecords} reads them). Folders are walked in path order, subfolders included unless told
 * otherwise; what is passed over is listed with the reason, never dropped without a word.
 */
public final class ArticleFiles {

    static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "json", "jsonl");

    private ArticleFiles() {
    }

    /**
     * A file to publish, and its name relative to the path it was found under (with {@code /} between folders): the
     * name that, with the content, makes the id of an article that has none of its own.
     */
    public record ArticleFile(Path path, String name) {
        public byte[] bytes() {
            try {
                return Files.readAllBytes(path);
            } catch (final IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }

        String extension() {
            return ArticleFiles.extension(name);
        }
    }

    /** A file or folder passed over, and why. */
    public record Skipped(Path path, String reason) {
        @Override
        public String toString() {
            return path + ": " + reason;
        }
    }

    /** The article files found, in order, and what was passed over. */
    public record Listing(List<ArticleFile> files, List<Skipped> skipped) {
        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * The article files under these paths. A file named directly is read whatever its extension (as plain text unless
     * it says HTML or JSON); in a folder only article files are, and subfolders only when {@code recursive}.
     *
     * @throws UncheckedIOException with a {@link NoSuchFileException} when a path does not exist
     */
    public static Listing list(final List<Path> paths, final boolean recursive) {
        final List<ArticleFile> files = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();
        for (final Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, recursive, files, skipped);
            } else if (Files.isRegularFile(path)) {
                files.add(new ArticleFile(path, path.getFileName().toString()));
            } else {
                throw new UncheckedIOException(new NoSuchFileException(path.toString(), null,
                        "no such file or folder"));
            }
        }
        return new Listing(files, skipped);
    }

    private static void walk(final Path root, final boolean recursive, final List<ArticleFile> files,
                             final List<Skipped> skipped) {
        try (Stream<Path> found = Files.walk(root, recursive ? Integer.MAX_VALUE : 1)) {
            found.filter(path -> !path.equals(root)).sorted(Comparator.comparing(path -> nameUnder(root, path)))
                    .forEach(path -> {
                        final String name = nameUnder(root, path);
                        if (isHidden(name)) {
                            return;
                        }
                        if (Files.isDirectory(path)) {
                            if (!recursive) {
                                skipped.add(new Skipped(path, "a folder (--no-recursive)"));
                            }
                        } else if (!EXTENSIONS.contains(extension(name))) {
                            skipped.add(new Skipped(path, "not an article file (.txt, .html, .htm, .json, .jsonl)"));
                        } else if (!Files.isReadable(path)) {
                            skipped.add(new Skipped(path, "not readable"));
                        } else {
                            files.add(new ArticleFile(path, name));
                        }
                    });
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** Dot-files and dot-folders (.git, .DS_Store, editors' swap files) are nobody's articles: passed over silently. */
    private static boolean isHidden(final String name) {
        return name.startsWith(".") || name.contains("/.");
    }

    private static String nameUnder(final Path root, final Path path) {
        return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    static String extension(final String name) {
        final int dot = name.lastIndexOf('.');
        return dot < 0 || dot < name.lastIndexOf('/') ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The key of a file sent verbatim ({@code publish --raw}): the article's own id when the file is a
     * {@code RawArticle} JSON document that has one, as a saved dead letter usually is, so that a replay is keyed as
     * the original was; else the id of the file's name and content.
     */
    public static String rawKey(final ArticleFile file, final byte[] bytes) {
        try {
            final RawArticle article = JsonSerde.mapper().readValue(bytes, RawArticle.class);
            if (article != null && article.id() != null && !article.id().isBlank()) {
                return article.id();
            }
        } catch (final IOException e) {
            // Not an article (bad input sent on purpose, say): it is keyed by its name and content.
        }
        return ArticleIds.of(file.name(), bytes);
    }
}
