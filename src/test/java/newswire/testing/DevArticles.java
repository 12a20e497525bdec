package newswire.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newswire.model.RawArticle;

/**
 * The one copy of the articles tests run on: the seed in {@code seeds/} and the labelled development set of
 * {@code ../shared/eval/dev/} (portal text copies, English wire stories, a Korean one, a whole HTML page), vendored with
 * its {@code expected.json} in {@link #FOLDER} so the build needs nothing outside the checkout.
 */
public final class DevArticles {

    public static final Path FOLDER = Path.of("src/test/resources/newswire/extract/dev");
    public static final Path SEED = Path.of("seeds/000_23a076b1477290e0.txt");

    private DevArticles() {
    }

    /** The development articles' file names, in order. */
    public static List<String> names() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".txt") || name.endsWith(".html")).sorted().toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a development article, or of a seed: the dev set's labels cover the seed too. */
    public static String text(final String name) {
        final Path dev = FOLDER.resolve(name);
        return read(Files.exists(dev) ? dev : SEED.resolveSibling(name));
    }

    public static String seedText() {
        return read(SEED);
    }

    /** A development article as a scraper would publish it, with only id, source, content type and body. */
    public static RawArticle raw(final String name) {
        return new RawArticle(name, name, name.endsWith(".html") ? RawArticle.TEXT_HTML : RawArticle.TEXT_PLAIN,
                text(name), null, null, null, null, null);
    }

    /** The seed and every development article, raw. */
    public static List<RawArticle> all() {
        return Stream.concat(Stream.of(new RawArticle("seed", SEED.getFileName().toString(), RawArticle.TEXT_PLAIN,
                seedText(), null, null, null, null, null)), names().stream().map(DevArticles::raw)).toList();
    }

    private static String read(final Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
