package newswire.clean;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one source's pages repeat, learned from its articles: for each line (by a 64-bit fingerprint of its comparison
 * key) the number of different articles it was seen in. A line seen in {@code minArticles} articles of the source is
 * its template (a menu, a share row, a newsletter box, a tip-line prompt) and is dropped from the source's later
 * articles, unless it reads as story: a long line that ends a sentence, which a wire paragraph reprinted by every page
 * could be.
 *
 * <p>Bounded: at most {@code maxLines} fingerprints, the least recently seen forgotten first. That is also how counts
 * age: a line the source stopped printing is forgotten once it printed {@code maxLines} other lines, so a redesigned
 * site's old template leaves the memory without a clock. Not thread-safe; one memory per source and per thread.
 */
final class SourceTemplate {

    /** A line at least this long that ends a sentence reads as story and is never dropped as template. */
    static final int STORY_LINE_CHARS = 100;

    private final int minArticles;
    private final LinkedHashMap<Long, Integer> articlesByLine;

    SourceTemplate(final int minArticles, final int maxLines) {
        this.minArticles = minArticles;
        this.articlesByLine = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(final Map.Entry<Long, Integer> eldest) {
                return size() > maxLines;
            }
        };
    }

    /** The memory {@code learned} describes, in its order; beyond {@code maxLines} the least recent lines are dropped. */
    static SourceTemplate restored(final LearnedTemplate learned, final int minArticles, final int maxLines) {
        final SourceTemplate template = new SourceTemplate(minArticles, maxLines);
        final ByteBuffer lines = learned.read();
        for (int i = 0; i < learned.size(); i++) {
            template.articlesByLine.put(lines.getLong(), lines.getInt());
        }
        return template;
    }

    /** This memory as it is kept: {@link #restored} gives it back, down to which line is forgotten next. */
    LearnedTemplate learned() {
        final ByteBuffer lines = ByteBuffer.allocate(articlesByLine.size() * LearnedTemplate.LINE_BYTES);
        articlesByLine.forEach((line, articles) -> lines.putLong(line).putInt(articles));
        return new LearnedTemplate(lines.array());
    }

    /**
     * The article's paragraphs without the source's template lines as learned so far; then this article's lines are
     * learned (each counted once however often the article prints it), unless the article is a version of one already
     * learned: most of its story lines, and at least two, were seen before. An update, a correction or the same
     * record delivered twice is not a different article, and learning from it would make the story lines it shares
     * with its earlier versions (a subheading, a short quote) look like the site's template.
     */
    List<String> sift(final List<String> paragraphs) {
        final List<String> kept = new ArrayList<>();
        final Set<Long> lines = new LinkedHashSet<>();
        int storyLines = 0;
        int storyLinesSeen = 0;
        for (final String paragraph : paragraphs) {
            final long line = fingerprint(paragraph);
            lines.add(line);
            final int seen = articlesByLine.getOrDefault(line, 0);
            final boolean story = readsAsStory(paragraph);
            if (story) {
                storyLines++;
                storyLinesSeen += seen > 0 ? 1 : 0;
            }
            if (seen < minArticles || story) {
                kept.add(paragraph);
            }
        }
        if (storyLinesSeen < 2 || storyLinesSeen * 2 <= storyLines) {
            lines.forEach(line -> articlesByLine.merge(line, 1, Integer::sum));
        }
        return kept;
    }

    int linesKnown() {
        return articlesByLine.size();
    }

    static boolean readsAsStory(final String line) {
        return line.length() >= STORY_LINE_CHARS && SentenceShape.endsSentence(line);
    }

    /** FNV-1a over the comparison key: the same line whatever its spacing, case or punctuation. */
    static long fingerprint(final String line) {
        final String key = TextNormalizer.comparisonKey(line);
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
