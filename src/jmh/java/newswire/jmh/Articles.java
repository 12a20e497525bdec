package newswire.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
                    resource("seed.txt"), "2024-10-21T10:00:00Z", null, null, null, null);
            case "html" -> new RawArticle("html", "10-html-page.html", RawArticle.TEXT_HTML,
                    resource("html-page.html"), "2024-10-30T06:00:00Z", null, null, null, null);
            case "long" -> new RawArticle("long", "long.txt", RawArticle.TEXT_PLAIN, longArticle(),
                    "2024-10-21T10:00:00Z", null, null, null, null);
            default -> throw new IllegalArgumentException("no benchmark article '" + name + "'");
        };
    }

    static String longArticle() {
        final String seed = resource("seed.txt");
        final StringBuilder text = new StringBuilder(seed.strip()).append("\n\n");
        for (int copy = 2; copy <= LONG_COPIES; copy++) {
            final int number = copy;
            text.append(seed.strip().lines()
                    .map(line -> line.isBlank() ? line : line + " (" + number + ")")
                    .collect(Collectors.joining("\n"))).append("\n\n");
        }
        return text.toString();
    }

    private static String resource(final String name) {
        try (InputStream in = Articles.class.getResourceAsStream("/newswire/jmh/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing benchmark resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
