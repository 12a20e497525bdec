package newswire.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The headline of an HTML page, chosen from what the page declares about itself and prints. */
final class HeadlineChooser {

    private HeadlineChooser() {
    }

    static String headline(final PageMetadata meta, final Document doc) {
        final Element h1 = doc.selectFirst("h1");
        final String heading = h1 == null ? "" : TextNormalizer.oneLine(h1.text());
        for (final String candidate : new String[] {meta.ogTitle, meta.ldHeadline, meta.titleTag}) {
            if (candidate != null && !heading.isEmpty() && candidate.startsWith(heading)) {
                return heading;
            }
        }
        if (meta.ldHeadline != null) {
            return meta.ldHeadline;
        }
        if (meta.ogTitle != null) {
            return withoutSiteName(meta.ogTitle);
        }
        if (meta.titleTag != null && !meta.titleTag.isEmpty()) {
            return withoutSiteName(meta.titleTag);
        }
        return heading.isEmpty() ? null : heading;
    }

    /** "Story | Example Herald" → "Story": the longest part when the title has a site-name separator. */
    private static String withoutSiteName(final String title) {
        final String[] parts = PageMetadata.TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String longest = parts[0];
        for (final String part : parts) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        return longest.strip();
    }
}
