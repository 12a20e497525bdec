package newswire.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The headline of an HTML page, chosen from evidence: the page states it up to four times (the JSON-LD headline, the
 * OpenGraph or Twitter title, the title element, the printed h1), each possibly with the site's name attached, and the
 * statements that agree with each other win. A statement that is only the site's name (a logo in an h1) is never the
 * headline; neither is an h1 that nothing else on the page confirms when the metadata names another one.
 */
final class HeadlineChooser {

    /** Where a statement of the headline comes from; on equal agreement the earlier source wins. */
    enum Source {
        /** What the reader sees printed above the story. */
        HEADING,
        JSON_LD,
        OPEN_GRAPH,
        TITLE_ELEMENT
    }

    /** One statement of the headline and its comparison key. */
    record Candidate(Source source, String text, String key) {
    }

    /** A page prints its headline in the first h1s; later ones are teasers or section names. */
    private static final int HEADINGS_LOOKED_AT = 3;
    /** Longer than this, a "headline" is a paragraph that some template put in a heading or a meta tag. */
    private static final int MAX_HEADLINE_CHARS = 300;
    /**
     * Two statements agree when one is the other with words added (an SEO headline with a tail): the shorter must keep
     * at least this share of the longer's letters, or a one-word heading would agree with every title.
     */
    private static final double MIN_PREFIX_SHARE = 0.5;

    /** The marks documentation generators print after a heading as its permalink ("Evolve ¶"). */
    private static final Pattern PERMALINK_MARKS = Pattern.compile("[\\s¶#§]+$");

    private HeadlineChooser() {
    }

    static String headline(final PageMetadata meta, final PageLandmarks landmarks) {
        final Set<String> siteKeys = siteKeys(meta);
        final List<Candidate> candidates = new ArrayList<>();
        landmarks.headings.stream().filter(h -> h.normalName().equals("h1")).limit(HEADINGS_LOOKED_AT)
                .forEach(h -> add(candidates, Source.HEADING, TextNormalizer.oneLine(h.text()), siteKeys));
        add(candidates, Source.JSON_LD, meta.ldHeadline, siteKeys);
        // A title with separators is stated without the part that names the site, whole, and by its first part:
        // without a known site name, "Minecraft 1.8 - The Bountiful Update" may be all headline and "Mozilla -
        // Wikipedia" only its first part, and the printed heading tells. Not by its middle parts, which are sections.
        for (final Source source : new Source[] {Source.OPEN_GRAPH, Source.TITLE_ELEMENT}) {
            final String title = source == Source.OPEN_GRAPH ? meta.ogTitle : meta.titleTag;
            add(candidates, source, withoutSiteName(title, siteKeys), siteKeys);
            add(candidates, source, title, siteKeys);
            if (title != null) {
                add(candidates, source, PageMetadata.TITLE_SEPARATOR.split(title)[0], siteKeys);
            }
        }
        Candidate best = null;
        int bestSupport = 0;
        for (final Candidate candidate : candidates) {
            final int support = support(candidate, candidates);
            if (support > bestSupport) {
                best = candidate;
                bestSupport = support;
            }
        }
        if (best != null) {
            return best.text();
        }
        // Nothing agrees: what the page declares about itself beats an unconfirmed h1, which may be a logo or a teaser.
        return candidates.stream().min(Comparator.comparing((Candidate c) -> c.source() == Source.HEADING)
                .thenComparing(Candidate::source)).map(Candidate::text).orElse(null);
    }

    private static void add(final List<Candidate> candidates, final Source source, final String text,
            final Set<String> siteKeys) {
        if (text == null || text.length() > MAX_HEADLINE_CHARS) {
            return;
        }
        final String headline = PERMALINK_MARKS.matcher(text).replaceFirst("").strip();
        final String key = TextNormalizer.comparisonKey(headline);
        if (!key.isEmpty() && !siteKeys.contains(key)
                && candidates.stream().noneMatch(c -> c.source() == source && c.text().equals(headline))) {
            candidates.add(new Candidate(source, headline, key));
        }
    }

    /** How many other sources state the same headline (a source that states it twice counts once). */
    private static int support(final Candidate candidate, final List<Candidate> all) {
        final Set<Source> agreeing = new HashSet<>();
        for (final Candidate other : all) {
            if (other.source() != candidate.source() && agree(candidate.key(), other.key())) {
                agreeing.add(other.source());
            }
        }
        return agreeing.size();
    }

    static boolean agree(final String a, final String b) {
        final String shorter = a.length() <= b.length() ? a : b;
        final String longer = shorter == a ? b : a;
        return longer.startsWith(shorter) && shorter.length() >= MIN_PREFIX_SHARE * longer.length();
    }

    /**
     * The names the page gives its site (og:site_name and the like, the publisher). Not a title element's last part:
     * "Example Herald | Story" puts the story last. A "site name" that is the page's own title (some templates fill
     * application-name with the headline) names no site.
     */
    private static Set<String> siteKeys(final PageMetadata meta) {
        final Set<String> titles = new HashSet<>();
        for (final String title : new String[] {meta.ogTitle, meta.ldHeadline, meta.titleTag}) {
            if (title != null) {
                titles.add(TextNormalizer.comparisonKey(title));
            }
        }
        final Set<String> keys = new HashSet<>();
        for (final String name : new String[] {meta.siteName, meta.publisher}) {
            final String key = name == null ? "" : TextNormalizer.comparisonKey(name);
            if (!key.isEmpty() && !titles.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * "Story | Example Herald" → "Story": the parts of a title that name the site go; when none is known to, the
     * longest part is taken as the story's.
     */
    static String withoutSiteName(final String title, final Set<String> siteKeys) {
        if (title == null) {
            return null;
        }
        final String[] parts = PageMetadata.TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        final List<String> story = new ArrayList<>();
        for (final String part : parts) {
            if (!siteKeys.contains(TextNormalizer.comparisonKey(part))) {
                story.add(part.strip());
            }
        }
        if (story.size() == 1) {
            return story.get(0);
        }
        String longest = story.isEmpty() ? parts[0] : story.get(0);
        for (final String part : story) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest.strip();
    }
}
