package newswire.clean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link SourceTemplate} of every source seen, in memory and bounded: at most {@code maxSources} sources, the least
 * recently seen forgotten first. This is the memory {@code extract} keeps over the files of one run; the source of an
 * article is the host of its URL, else its recognised publisher, else its file's folder. Not thread-safe.
 */
final class SourceTemplates {

    private final int minArticles;
    private final int maxLinesPerSource;
    private final LinkedHashMap<String, SourceTemplate> bySource;

    SourceTemplates(final int minArticles, final int maxLinesPerSource, final int maxSources) {
        this.minArticles = minArticles;
        this.maxLinesPerSource = maxLinesPerSource;
        this.bySource = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(final Map.Entry<String, SourceTemplate> eldest) {
                return size() > maxSources;
            }
        };
    }

    /** The paragraphs of an article of {@code source} without that source's learned template lines. */
    List<String> sift(final String source, final List<String> paragraphs) {
        return bySource.computeIfAbsent(source, s -> new SourceTemplate(minArticles, maxLinesPerSource))
                .sift(paragraphs);
    }

    int sourcesKnown() {
        return bySource.size();
    }
}
