package newswire.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A run of a page's text between block boundaries (block-level elements; line breaks stay inside as lines), the
 * element that holds it, and how much of it is link text.
 */
record TextBlock(Element element, String text, int chars, int linkChars) {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "dl",
            "dt", "dd", "figure", "figcaption", "address", "hr", "center", "body", "details", "summary", "form",
            "fieldset", "caption");

    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    List<String> lines() {
        final List<String> lines = new ArrayList<>();
        for (final String line : text.split("\n")) {
            final String l = TextNormalizer.oneLine(line);
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        return lines;
    }

    /**
     * Whether the element reads as a link: an {@code a}, unless it is a named anchor, a target with no link of its own
     * ({@code <a name="top"/>}). Since HTML has no self-closing {@code a}, a page that writes its anchors so has them
     * open over everything after them, and counting them made whole pages "all links". An {@code a} with neither a
     * target nor a name is usually a link wired by script, and counts.
     */
    static boolean isLink(final Element el) {
        return el.normalName().equals("a") && (el.hasAttr("href") || !(el.hasAttr("name") || el.hasAttr("id")));
    }

    /** The blocks under {@code root} in reading order, in one iterative walk. */
    static List<TextBlock> of(final Element root) {
        final List<TextBlock> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final int[] counts = new int[2];
        final Deque<Element> blockStack = new ArrayDeque<>();
        final int[] linkDepth = new int[1];
        final Runnable flush = () -> {
            final String t = text.toString().strip();
            if (counts[0] > 0 && !t.isEmpty()) {
                blocks.add(new TextBlock(blockStack.isEmpty() ? root : blockStack.peek(), t, counts[0], counts[1]));
            }
            text.setLength(0);
            counts[0] = 0;
            counts[1] = 0;
        };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(final Node node, final int depth) {
                if (node instanceof TextNode t) {
                    final String s = t.getWholeText();
                    text.append(s);
                    final int n = nonSpaceLength(s);
                    counts[0] += n;
                    if (linkDepth[0] > 0) {
                        counts[1] += n;
                    }
                } else if (node instanceof Element el) {
                    final String tag = el.normalName();
                    if (tag.equals("br")) {
                        text.append('\n');
                    } else if (BLOCK_TAGS.contains(tag)) {
                        flush.run();
                        blockStack.push(el);
                    } else if (isLink(el)) {
                        linkDepth[0]++;
                    } else if (tag.equals("img") || tag.equals("td") || tag.equals("th")) {
                        text.append(' ');
                    }
                }
            }

            @Override
            public void tail(final Node node, final int depth) {
                if (node instanceof Element el) {
                    final String tag = el.normalName();
                    if (BLOCK_TAGS.contains(tag)) {
                        flush.run();
                        blockStack.pop();
                    } else if (isLink(el)) {
                        linkDepth[0]--;
                    }
                    // inline elements run into each other in the source ("<b>a</b><i>b</i>"); words stay apart only
                    // where the markup had whitespace, which getWholeText already carries
                }
            }
        }, root);
        flush.run();
        return blocks;
    }

    static int nonSpaceLength(final String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
