package newswire.model;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An article as a careful editor leaves it: the story's paragraphs once each and in order, with everything else either
 * parsed into a field (byline, captions, publisher, time) or counted in {@code removed}.
 *
 * @param removed     how many pieces of text were dropped, by reason ({@code chrome}, {@code duplicate}, {@code copyright}, …)
 * @param fingerprint 64-bit SimHash of the body as 16 hex digits, for near-duplicate detection
 */
public record CleanArticle(String id, String source, String url, String title, Byline byline, String publisher,
                           OffsetDateTime publishedAt, String language, List<String> paragraphs, List<Caption> captions,
                           Map<String, Integer> removed, String fingerprint) {

    /** Joins paragraphs into the body text that claim evidence offsets point into. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public CleanArticle {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        // sorted by reason, so that the same article is written the same way on every run (Map.copyOf's order is
        // salted per JVM)
        removed = Collections.unmodifiableMap(new TreeMap<>(removed));
    }

    /** The body as one string: the text that {@link Evidence} offsets index. */
    public String body() {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }
}
