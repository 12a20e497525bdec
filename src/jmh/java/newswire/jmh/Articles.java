package newswire.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import newswire.model.RawArticle;

/**
 * The articles the benchmarks run on: {@code seed} (the portal text copy of seeds/, 3 kB), {@code html} (a whole news
 * page with chrome, 1.6 kB) and {@code long} (ten copies of the seed one after the other, 31 kB; each copy's lines
 * carry their copy number so a cleaner that drops repeated paragraphs still has ten copies of work to do).
 */
final class Articles {

    static final int LONG_COPIES = 10;

    private Articles() {
    }

    static RawArticle named(final String name) {
        return switch (name) {
            case "seed" -> new RawArticle("seed", "000_23a076b1477290e0.txt", RawArticle.TEXT_PLAIN,
                    file("seeds/000_23a076b1477290e0.txt"), "2024-10-21T10:00:00Z", null, null, null, null);
            case "html" -> new RawArticle("html", "10-html-page.html", RawArticle.TEXT_HTML,
                    file("src/test/resources/newswire/extract/dev/10-html-page.html"), "2024-10-30T06:00:00Z", null, null, null, null);
            case "long" -> new RawArticle("long", "long.txt", RawArticle.TEXT_PLAIN, longArticle(),
                    "2024-10-21T10:00:00Z", null, null, null, null);
            default -> throw new IllegalArgumentException("no benchmark article '" + name + "'");
        };
    }

    static String longArticle() {
        final String seed = file("seeds/000_23a076b1477290e0.txt");
        final StringBuilder text = new StringBuilder(seed.strip()).append("\n\n");
        for (int copy = 2; copy <= LONG_COPIES; copy++) {
            final int number = copy;
            text.append(seed.strip().lines()
                    .map(line -> line.isBlank() ? line : line + " (" + number + ")")
                    .collect(Collectors.joining("\n"))).append("\n\n");
        }
        return text.toString();
    }

    /** Benchmarks run from the project folder (see the jmh profile), where the tests' copy of the articles is. */
    private static String file(final String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
