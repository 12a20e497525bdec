package newswire.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a page that its metadata, its headline and its publisher are read from, found in one walk over the
 * parsed page before anything is removed from it. Each list was a whole-page {@code select} of its own, and on a large
 * page jsoup's walks are most of the work outside its parser. Each list is in document order, as {@code select}
 * returns it, and holds what that select matched.
 */
final class PageLandmarks {

    /** {@code meta}: the page's declared title, time, authors, description and site. */
    final List<Element> metaTags = new ArrayList<>();
    /** {@code script[type=application/ld+json]}: the page's structured data. */
    final List<Element> jsonLdScripts = new ArrayList<>();
    /** {@code h1, h2} of the body: where a page prints its headline. */
    final List<Element> headings = new ArrayList<>();
    /** {@code footer, [role=contentinfo]} of the body (the body itself included): where a copyright line sits. */
    final List<Element> footers = new ArrayList<>();
    /** The first {@code time[datetime]}: a time the page states in markup, or null. */
    Element firstDatedTime;

    private PageLandmarks() {
    }

    static PageLandmarks of(final Document doc) {
        final PageLandmarks found = new PageLandmarks();
        final Element body = doc.body();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean inBody;

            @Override
            public void head(final Node node, final int depth) {
                if (!(node instanceof Element element)) {
                    return;
                }
                inBody |= element == body;
                found.note(element, inBody);
            }

            @Override
            public void tail(final Node node, final int depth) {
                inBody &= node != body;
            }
        }, doc);
        return found;
    }

    private void note(final Element element, final boolean inBody) {
        switch (element.normalName()) {
            case "meta" -> metaTags.add(element);
            case "script" -> {
                if (hasAttrValue(element, "type", "application/ld+json")) {
                    jsonLdScripts.add(element);
                }
            }
            case "time" -> {
                if (firstDatedTime == null && element.hasAttr("datetime")) {
                    firstDatedTime = element;
                }
            }
            case "h1", "h2" -> {
                if (inBody) {
                    headings.add(element);
                }
            }
            default -> {
                // no other element is a landmark by its tag
            }
        }
        if (inBody && (element.normalName().equals("footer") || hasAttrValue(element, "role", "contentinfo"))) {
            footers.add(element);
        }
    }

    /** As the selector {@code [key=value]} matches: the value trimmed, in any case. */
    private static boolean hasAttrValue(final Element element, final String key, final String value) {
        return element.hasAttr(key) && value.equalsIgnoreCase(element.attr(key).trim());
    }
}
