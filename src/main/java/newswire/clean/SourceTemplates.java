package newswire.clean;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import newswire.dedupe.SimHash;
import newswire.model.CleanArticle;

/**
 * The {@link SourceTemplate} of every source seen, bounded: at most {@code maxSources} sources, the least recently seen
 * forgotten first. Its source of an article is the host of its URL (of its {@code source} when that is a URL), else
 * the publisher the cleaner recognised or the page named; an article with neither is passed through untouched.
 *
 * <p>{@code extract} keeps one over the files of a run; the topology keeps one per stream task, written through to a
 * changelog-backed store ({@link Kept}) so that a restarted or moved task goes on from what was learned. Not
 * thread-safe.
 */
public final class SourceTemplates {

    /** The reason counted in {@link CleanArticle#removed()} for each line dropped as the source's template. */
    public static final String REMOVED_REASON = "template";

    /** Where the memory of each source is kept beyond this object, if anywhere. */
    public interface Kept {

        /** What was learned of {@code source}, or null if nothing was kept. */
        LearnedTemplate load(String source);

        void save(String source, LearnedTemplate learned);

        /** Kept by these two functions: a map's or a store's {@code get} and {@code put}. */
        static Kept by(final Function<String, LearnedTemplate> load, final BiConsumer<String, LearnedTemplate> save) {
            return new Kept() {
                @Override
                public LearnedTemplate load(final String source) {
                    return load.apply(source);
                }

                @Override
                public void save(final String source, final LearnedTemplate learned) {
                    save.accept(source, learned);
                }
            };
        }
    }

    private final int minArticles;
    private final int maxLinesPerSource;
    private final Kept kept;
    private final LinkedHashMap<String, SourceTemplate> bySource;

    /**
     * @param minArticles the number of different articles a line must have been seen in to be template; 0 turns the
     *                    memory off
     * @param kept        where each source's memory is saved after each of its articles, or null for nowhere
     */
    public SourceTemplates(final int minArticles, final int maxLinesPerSource, final int maxSources,
                           final Kept kept) {
        this.minArticles = minArticles;
        this.maxLinesPerSource = maxLinesPerSource;
        this.kept = kept;
        this.bySource = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(final Map.Entry<String, SourceTemplate> eldest) {
                return size() > maxSources;
            }
        };
    }

    /**
     * The article without its source's template lines as learned so far, the lines counted under
     * {@value #REMOVED_REASON} and the fingerprint taken again over what is left; then the source learns the article's
     * lines. Never empties an article: one that is all template is left whole (whether it is a story is the cleaner's
     * call, made before).
     */
    public CleanArticle sift(final CleanArticle article) {
        if (minArticles == 0) {
            return article;
        }
        final Optional<String> source = sourceOf(article);
        if (source.isEmpty()) {
            return article;
        }
        final List<String> paragraphs = article.paragraphs();
        final List<String> story = sift(source.get(), paragraphs);
        if (story.size() == paragraphs.size() || story.isEmpty()) {
            return article;
        }
        // Sorted, as Removals gives the cleaner's counts: the same article lists its removals the same way.
        final Map<String, Integer> removed = new TreeMap<>(article.removed());
        removed.merge(REMOVED_REASON, paragraphs.size() - story.size(), Integer::sum);
        return new CleanArticle(article.id(), article.source(), article.url(), article.title(), article.byline(),
                article.publisher(), article.publishedAt(), article.language(), story, article.captions(), removed,
                SimHash.fingerprint(String.join(CleanArticle.PARAGRAPH_SEPARATOR, story)));
    }

    /** The paragraphs of an article of {@code source} without that source's learned template lines. */
    List<String> sift(final String source, final List<String> paragraphs) {
        final SourceTemplate template = bySource.computeIfAbsent(source, this::recalled);
        final List<String> story = template.sift(paragraphs);
        if (kept != null) {
            kept.save(source, template.learned());
        }
        return story;
    }

    private SourceTemplate recalled(final String source) {
        final LearnedTemplate learned = kept == null ? null : kept.load(source);
        return learned == null ? new SourceTemplate(minArticles, maxLinesPerSource)
                : SourceTemplate.restored(learned, minArticles, maxLinesPerSource);
    }

    /** Whose template an article shares: its site (host without {@code www.}), else its publisher. */
    public static Optional<String> sourceOf(final CleanArticle article) {
        return host(article.url()).or(() -> host(article.source()))
                .or(() -> Optional.ofNullable(article.publisher()).map(TextNormalizer::comparisonKey)
                        .filter(name -> !name.isEmpty()));
    }

    private static Optional<String> host(final String url) {
        if (url == null || !url.regionMatches(true, 0, "http", 0, 4)) {
            return Optional.empty();
        }
        try {
            final String host = URI.create(url.strip()).getHost();
            if (host == null || host.isEmpty()) {
                return Optional.empty();
            }
            final String lower = host.toLowerCase(Locale.ROOT);
            return Optional.of(lower.startsWith("www.") ? lower.substring(4) : lower);
        } catch (final IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    int sourcesKnown() {
        return bySource.size();
    }
}
