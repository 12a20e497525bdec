package newswire.config;

/**
 * The template memory's settings (docs/templates.md): lines seen in {@code minArticles} different articles of a source
 * are its template; each source remembers at most {@code maxLinesPerSource} lines, and each stream task (and
 * {@code extract}) at most {@code maxSources} sources, the least recently seen forgotten first.
 *
 * @param minArticles 0 turns the memory off
 */
public record TemplateSettings(int minArticles, int maxLinesPerSource, int maxSources) {
}
