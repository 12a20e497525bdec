package newswire.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes the parts of a page that never hold story text: elements that cannot (scripts, navigation, headers,
 * footers, asides, form controls, hidden elements, landmark roles), small or link-heavy elements whose class or id uses
 * the common vocabulary of page furniture (share, advert, modal, …), and regions named as comment threads, related
 * rails, sidebars or cookie notices unless they hold the title or most of the page's text (a comment thread only if it
 * holds the title: under a short post it often holds most of the page). Figures go too, their
 * captions kept as captions.
 */
final class PageFurniture {

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "nav", "footer", "aside",
            "header", "menu", "dialog", "video", "audio", "picture", "map", "head", "link", "meta", "base");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist", "alert");
    /** Words that sites everywhere use in class and id names of page furniture (not one site's names). */
    private static final Set<String> BOILERPLATE_WORDS = Set.of("share", "sharing", "sharebar", "social", "promo",
            "promotion", "sponsor", "sponsored", "advert", "advertisement", "ad", "ads", "adsbygoogle", "banner",
            "subscription", "popup", "modal", "pager", "pagination", "breadcrumb", "breadcrumbs", "signup", "subscribe",
            "menu", "widget", "masthead", "tags", "toolbar", "navbar", "nav",
            "skip", "hidden", "visually", "sronly", "offscreen", "rss", "print", "byline", "dateline", "timestamp");
    /**
     * Words naming whole regions that are never the story however much prose they hold (a comment thread, a
     * related-stories rail); such a region goes unless it holds the title or most of the page's text.
     */
    private static final Set<String> REGION_WORDS = Set.of("comment", "comments", "disqus", "related",
            "recommended", "recommendations", "outbrain", "taboola", "sidebar", "trending", "popular", "mostread",
            "newsletter", "cookie", "cookies", "consent", "gdpr", "footer", "discussion", "replies", "respond");
    /**
     * Of those, the words for reader discussion: a long thread can hold more prose than the story, so only holding the
     * title protects such a region, never its amount of prose.
     */
    private static final Set<String> DISCUSSION_WORDS = Set.of("comment", "comments", "disqus", "discussion",
            "replies", "respond");
    /**
     * Words that make a class name describe the page layout or a state rather than a region ("content-with-sidebar",
     * "CtxtMenu_Attached": an element a menu is attached to).
     */
    private static final Set<String> LAYOUT_WORDS = Set.of("with", "has", "no", "without", "layout", "content",
            "main", "body", "open", "closed", "enabled", "disabled", "attached", "count");
    /**
     * First words of the class names that blog engines print on a post for each of its categories and tags
     * ("category-for-discussion", "tag-sidebar-recipes"): they name what the post is about, not what the element is.
     */
    private static final Set<String> TAXONOMY_WORDS = Set.of("category", "tag");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /**
     * An element named like furniture that holds at least this much text, mostly not links, is a block of prose with
     * an unlucky name ("article-body share-enabled") and stays.
     */
    private static final int FURNITURE_MAX_PROSE_CHARS = 300;
    /** Share of link text above which a furniture-named element goes whatever its size (a link rail). */
    private static final double FURNITURE_LINK_SHARE = 0.5;
    /** A paragraph of at least this many characters, under a third of them links, counts as prose. */
    private static final int PROSE_PARAGRAPH_CHARS = 60;

    private PageFurniture() {
    }

    /**
     * Removes the furniture under {@code body}; the title heading's ancestors are never removed as a region. Furniture
     * that holds the title heading (a page header with the logo, the menu and the headline) goes, but the heading stays
     * where the furniture stood: the story is looked for after it, and its byline and standfirst between the two.
     */
    static void remove(final Element body, final Element titleHeading, final ArticleDraft draft) {
        final Map<Element, int[]> textStats = textStats(body);
        final int pageText = textStats.getOrDefault(body, new int[3])[0];
        final int pageProse = textStats.getOrDefault(body, new int[3])[2];
        final Set<Element> holdsTitle = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = titleHeading; e != null; e = e.parent()) {
            holdsTitle.add(e);
        }
        final List<Element> titleHolders = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(final Node node, final int depth) {
                if (!(node instanceof Element el) || el == body) {
                    return FilterResult.CONTINUE;
                }
                final String tag = el.normalName();
                if (tag.equals("figure") || tag.equals("figcaption")) {
                    PageCredits.takeCaption(el, draft);
                    return FilterResult.REMOVE;
                }
                if (NEVER_TEXT.contains(tag) || isHidden(el)
                        || CHROME_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))) {
                    draft.removals.count(Removals.MARKUP);
                    return removeKeepingTitle(el);
                }
                final List<List<String>> names = namesOf(el);
                if (namedLike(names, REGION_WORDS)) {
                    final int[] stats = textStats.getOrDefault(el, new int[3]);
                    // A wrapper that holds most of the page's text or prose is the story whatever its class says
                    // ("article-body related-enabled"), unless it is named as a discussion: a thread under a short
                    // post often holds most of the page.
                    final boolean holdsMost = (stats[0] * 2 >= pageText || stats[2] * 2 > pageProse)
                            && !namedLike(names, DISCUSSION_WORDS);
                    if (!holdsTitle.contains(el) && !holdsMost) {
                        draft.removals.count(Removals.CHROME);
                        return FilterResult.REMOVE;
                    }
                }
                if (namedLike(names, BOILERPLATE_WORDS)) {
                    final int[] stats = textStats.get(el);
                    final int text = stats == null ? 0 : stats[0];
                    final int links = stats == null ? 0 : stats[1];
                    if (text < FURNITURE_MAX_PROSE_CHARS || links > text * FURNITURE_LINK_SHARE) {
                        draft.removals.count(Removals.CHROME);
                        return removeKeepingTitle(el);
                    }
                }
                return FilterResult.CONTINUE;
            }

            private FilterResult removeKeepingTitle(final Element el) {
                if (el == titleHeading || !holdsTitle.contains(el)) {
                    return FilterResult.REMOVE;
                }
                titleHolders.add(el);
                return FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(final Node node, final int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        // at most one: the walk skips what is inside a holder
        for (final Element holder : titleHolders) {
            titleHeading.remove();
            holder.replaceWith(titleHeading);
        }
    }

    /**
     * For every element: [characters of text, characters of link text, characters in prose paragraphs], summed
     * bottom-up in one pass.
     */
    private static Map<Element, int[]> textStats(final Element root) {
        final Map<Element, int[]> stats = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(final Node node, final int depth) {
                // counted on the way up
            }

            @Override
            public void tail(final Node node, final int depth) {
                final Node parentNode = node.parent();
                if (!(parentNode instanceof Element parent)) {
                    return;
                }
                final int[] up = stats.computeIfAbsent(parent, p -> new int[3]);
                if (node instanceof TextNode text) {
                    up[0] += TextBlock.nonSpaceLength(text.getWholeText());
                } else if (node instanceof Element el) {
                    final int[] own = stats.computeIfAbsent(el, e -> new int[3]);
                    up[0] += own[0];
                    up[1] += TextBlock.isLink(el) ? own[0] : own[1];
                    final boolean prose = el.normalName().equals("p") && own[0] >= PROSE_PARAGRAPH_CHARS
                            && own[1] * 3 < own[0];
                    up[2] += prose ? own[0] : own[2];
                }
            }
        }, root);
        return stats;
    }

    private static boolean isHidden(final Element el) {
        if (el.hasAttr("hidden") || "true".equalsIgnoreCase(el.attr("aria-hidden"))) {
            return true;
        }
        final String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /**
     * The words of each of the element's class names and of its id ({@link #nameWords}), read once per element: it is
     * asked about several vocabularies.
     */
    private static List<List<String>> namesOf(final Element el) {
        final String names = el.className() + " " + el.id();
        if (names.isBlank()) {
            return List.of();
        }
        final List<List<String>> words = new ArrayList<>();
        for (final String name : WHITESPACE.split(names)) {
            words.add(nameWords(name));
        }
        return words;
    }

    /**
     * Whether one of the names ({@link #namesOf}) is built from {@code words}: "sidebar", "related-posts",
     * "comments_area", "blogComments". A name that describes a layout around the story ("content-with-sidebar",
     * "has-comments") or a topic of the post ("category-for-discussion") does not count.
     */
    private static boolean namedLike(final List<List<String>> names, final Set<String> words) {
        for (final List<String> tokens : names) {
            if (tokens.size() > 1 && TAXONOMY_WORDS.contains(tokens.get(0))) {
                continue;
            }
            if (containsAny(tokens, words) && !containsAny(tokens, LAYOUT_WORDS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(final List<String> tokens, final Set<String> words) {
        for (final String token : tokens) {
            if (words.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lower-case words of a class name or id, split at every character that is not a letter or digit and, in a
     * camelCase name, at each hump as well, keeping the whole: "blogComments" gives blogcomments, blog and comments,
     * so that "mostRead" still matches "mostread" while "relatedPosts" matches "related".
     */
    static List<String> nameWords(final String name) {
        final List<String> words = new ArrayList<>(List.of(TOKEN_SPLIT.split(name.toLowerCase(Locale.ROOT))));
        int start = 0;
        boolean humped = false;
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
                words.addAll(List.of(TOKEN_SPLIT.split(name.substring(start, i).toLowerCase(Locale.ROOT))));
                start = i;
                humped = true;
            }
        }
        if (humped) {
            words.addAll(List.of(TOKEN_SPLIT.split(name.substring(start).toLowerCase(Locale.ROOT))));
        }
        return words;
    }
}
