package newswire.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import newswire.model.Caption;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a whole HTML page: title, authors, publication time and publisher from the page's metadata (title element,
 * OpenGraph and article:* tags, pubdate-style meta, JSON-LD NewsArticle), captions from figures, and the article body
 * found by structure rather than by any one site's class names:
 * <ol>
 * <li>elements that never hold story text (scripts, navigation, headers, footers, asides, form controls, hidden
 * elements, landmark roles) are removed; so are small or link-heavy elements whose class or id uses the common
 * vocabulary of page furniture (share, advert, modal, …), and regions named as comment threads, related rails,
 * sidebars or cookie notices unless they hold the title or most of the page's prose;</li>
 * <li>the rest is cut into text blocks at block-level elements and line breaks, each with its link density;</li>
 * <li>prose blocks score their parent fully and older ancestors less (a readability-style decay), prose that ends
 * before the title heading is discounted, and the best-scoring element is the story; strong candidates sharing a
 * close ancestor, well-scoring siblings, and sibling units of the same tag and class are taken with it;</li>
 * <li>within the story, link-heavy blocks are dropped.</li>
 * </ol>
 * Every walk over the tree is iterative (jsoup's traversors), so a page nested 10,000 deep costs no stack. jsoup only
 * parses the string it is given; nothing is fetched.
 */
final class HtmlPageReader {

    private static final ObjectMapper JSON = new ObjectMapper();

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
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "dl",
            "dt", "dd", "figure", "figcaption", "address", "hr", "center", "body", "details", "summary", "form",
            "fieldset", "caption");
    /** Words that make a class name describe the page layout rather than a region ("content-with-sidebar"). */
    private static final Set<String> LAYOUT_WORDS = Set.of("with", "has", "no", "without", "layout", "content",
            "main", "body", "open", "closed", "enabled", "disabled", "count");
    /** Elements that hold paragraphs rather than being one. */
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "body", "td",
            "form", "center", "blockquote");
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "report", "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[|\\-–—:·»]\\s");
    private static final int MAX_JSON_LD_CHARS = 1_000_000;

    HtmlPageReader() {
        // stateless: one reader serves every thread
    }

    void read(final String html, final String knownTitle, final ArticleDraft draft) {
        final Document doc = Jsoup.parse(html);
        final PageMetadata meta = PageMetadata.of(doc);
        draft.title = knownTitle != null && !knownTitle.isBlank() ? knownTitle : meta.title(doc);
        meta.authors.forEach(draft::addAuthor);
        draft.declaredPublishedAt = meta.published;
        draft.publisher = meta.publisher;
        final Element body = doc.body();
        if (body == null) {
            return;
        }
        if (draft.publisher == null) {
            draft.publisher = copyrightHolder(body).orElse(meta.titleSuffix());
        }
        final Element titleHeading = titleHeading(body, draft.title);
        removeFurniture(body, titleHeading, draft);
        final List<Block> blocks = blocks(body);
        final Set<Element> containers = containers(blocks, body, titleHeading);
        final Set<Element> story = subtreesOf(containers);
        final Set<Element> title = titleHeading == null ? Set.of() : subtreesOf(Set.of(titleHeading));
        // 0: before the title heading, 1: between it and the story (where the byline sits), 2: in or after the story
        int region = titleHeading == null ? 1 : 0;
        for (final Block block : blocks) {
            if (story.contains(block.element)) {
                region = 2;
            } else if (title.contains(block.element)) {
                region = Math.max(region, 1);
            }
            if (!story.contains(block.element)) {
                noteDatelineOutsideStory(block, draft);
                if (region == 1 && draft.authors.isEmpty()) {
                    noteBylineBetweenTitleAndStory(block, draft);
                }
                draft.removals.count(Removals.BOILERPLATE);
            } else if (block.linkDensity() > 0.5) {
                draft.removals.count(Removals.BOILERPLATE);
            } else {
                draft.groups.add(block.lines());
            }
        }
    }

    /** The heading that prints the title (or else the first h1): the story starts near it. */
    private static Element titleHeading(final Element body, final String title) {
        final String key = title == null ? "" : TextNormalizer.comparisonKey(title);
        Element firstH1 = null;
        for (final Element h : body.select("h1, h2")) {
            if (!key.isEmpty() && TextNormalizer.comparisonKey(h.text()).equals(key)) {
                return h;
            }
            if (firstH1 == null && h.normalName().equals("h1")) {
                firstH1 = h;
            }
        }
        return firstH1;
    }

    /**
     * Pages without time metadata (many Korean portals) print "입력 2024.11.13. 오후 3:27" or "Published: …" in the
     * article header, which is outside the story container; the first such line is kept as the declared time, to be
     * read once the article's zone is known.
     */
    private static void noteDatelineOutsideStory(final Block block, final ArticleDraft draft) {
        if (draft.declaredPublishedAt != null || block.chars > 120) {
            return;
        }
        for (final String line : block.lines()) {
            final boolean dateline = BylineParser.parseLine(line, java.time.ZoneOffset.UTC)
                    .flatMap(BylineParser.Credit::time).isPresent();
            if (dateline) {
                draft.declaredPublishedAt = line;
                return;
            }
        }
    }

    /** "By Anna Berg" printed under the headline but outside the story's container, on pages with no author meta. */
    private static void noteBylineBetweenTitleAndStory(final Block block, final ArticleDraft draft) {
        if (block.chars > 200) {
            return;
        }
        for (final String line : block.lines()) {
            BylineParser.parseLine(line, java.time.ZoneOffset.UTC).ifPresent(credit -> {
                credit.authors().forEach(draft::addAuthor);
                credit.emails().forEach(draft::addEmail);
            });
        }
    }

    // ---- step 1: furniture ----

    private void removeFurniture(final Element body, final Element titleHeading, final ArticleDraft draft) {
        final Map<Element, int[]> textStats = textStats(body);
        final int pageText = textStats.getOrDefault(body, new int[3])[0];
        final int pageProse = textStats.getOrDefault(body, new int[3])[2];
        final Set<Element> holdsTitle = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e = titleHeading; e != null; e = e.parent()) {
            holdsTitle.add(e);
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(final Node node, final int depth) {
                if (!(node instanceof Element el) || el == body) {
                    return FilterResult.CONTINUE;
                }
                final String tag = el.normalName();
                if (tag.equals("figure") || tag.equals("figcaption")) {
                    takeCaption(el, draft);
                    return FilterResult.REMOVE;
                }
                if (NEVER_TEXT.contains(tag) || isHidden(el) || CHROME_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))) {
                    draft.removals.count(Removals.MARKUP);
                    return FilterResult.REMOVE;
                }
                if (namedLike(el, REGION_WORDS)) {
                    final int[] stats = textStats.getOrDefault(el, new int[3]);
                    // A wrapper that holds most of the page's prose is the story whatever its class says
                    // ("article-body related-enabled"), unless it is named as a discussion.
                    final boolean holdsMostProse = stats[2] * 2 > pageProse && !namedLike(el, DISCUSSION_WORDS);
                    if (stats[0] * 2 < pageText && !holdsTitle.contains(el) && !holdsMostProse) {
                        draft.removals.count(Removals.CHROME);
                        return FilterResult.REMOVE;
                    }
                }
                if (namedLike(el, BOILERPLATE_WORDS)) {
                    final int[] stats = textStats.get(el);
                    final int text = stats == null ? 0 : stats[0];
                    final int links = stats == null ? 0 : stats[1];
                    // A big block of prose keeps its place whatever it is called ("article-body share-enabled").
                    if (text < 300 || links > text * 0.5) {
                        draft.removals.count(Removals.CHROME);
                        return FilterResult.REMOVE;
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(final Node node, final int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    /**
     * For every element: [characters of text, characters of link text, characters in prose paragraphs (a p of 60+
     * characters that is mostly not links)], summed bottom-up in one pass.
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
                    up[0] += nonSpaceLength(text.getWholeText());
                } else if (node instanceof Element el) {
                    final int[] own = stats.computeIfAbsent(el, e -> new int[3]);
                    up[0] += own[0];
                    up[1] += el.normalName().equals("a") ? own[0] : own[1];
                    final boolean prose = el.normalName().equals("p") && own[0] >= 60 && own[1] * 3 < own[0];
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
     * Whether one of the element's class names or its id is built from {@code words}: "sidebar", "related-posts",
     * "comments_area". A name that describes a layout around the story ("content-with-sidebar", "has-comments") does
     * not count.
     */
    private static boolean namedLike(final Element el, final Set<String> words) {
        final String names = (el.className() + " " + el.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (final String name : names.split("\\s+")) {
            final String[] tokens = TOKEN_SPLIT.split(name);
            if (Arrays.stream(tokens).anyMatch(words::contains)
                    && Arrays.stream(tokens).noneMatch(LAYOUT_WORDS::contains)) {
                return true;
            }
        }
        return false;
    }

    private static void takeCaption(final Element figure, final ArticleDraft draft) {
        final Element caption = figure.normalName().equals("figcaption") ? figure : figure.selectFirst("figcaption");
        if (caption == null) {
            return;
        }
        final String text = TextNormalizer.oneLine(caption.text());
        if (text.isEmpty()) {
            return;
        }
        final Optional<Caption> credited = CaptionParser.parse(text);
        draft.captions.add(credited.orElseGet(() -> new Caption(text, creditElement(caption).orElse(null))));
        draft.removals.count(Removals.CAPTION);
    }

    /** A short last child of the caption ("Photo: Reuters") that is not the whole caption. */
    private static Optional<String> creditElement(final Element caption) {
        final Element last = caption.children().isEmpty() ? null : caption.children().last();
        if (last == null) {
            return Optional.empty();
        }
        final String credit = TextNormalizer.oneLine(last.text());
        return credit.isEmpty() || credit.length() > 80 || credit.length() * 2 > caption.text().length()
                ? Optional.empty() : Optional.of(credit);
    }

    private static Optional<String> copyrightHolder(final Element body) {
        for (final Element footer : body.select("footer, [role=contentinfo]")) {
            final String text = TextNormalizer.oneLine(footer.text());
            final int at = indexOfCopyright(text);
            if (at >= 0) {
                final String line = text.substring(at, Math.min(text.length(), at + 200));
                final Optional<String> holder = CopyrightNotice.holder(line);
                if (holder.isPresent()) {
                    return holder;
                }
            }
        }
        return Optional.empty();
    }

    private static int indexOfCopyright(final String text) {
        final String lower = text.toLowerCase(Locale.ROOT);
        for (final String mark : new String[] {"copyright", "©", "ⓒ"}) {
            final int at = lower.indexOf(mark);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    // ---- step 2: blocks ----

    /** A run of text between block boundaries, the element that holds it, and how much of it is link text. */
    private record Block(Element element, String text, int chars, int linkChars) {

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
    }

    private static List<Block> blocks(final Element root) {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final int[] counts = new int[2];
        final Deque<Element> blockStack = new ArrayDeque<>();
        final int[] linkDepth = new int[1];
        final Runnable flush = () -> {
            final String t = text.toString().strip();
            if (counts[0] > 0 && !t.isEmpty()) {
                blocks.add(new Block(blockStack.isEmpty() ? root : blockStack.peek(), t, counts[0], counts[1]));
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
                    } else if (tag.equals("a")) {
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
                    } else if (tag.equals("a")) {
                        linkDepth[0]--;
                    } else {
                        // inline elements run into each other in the source ("<b>a</b><i>b</i>"); keep words apart
                        // only where the markup had whitespace, which getWholeText already carries
                    }
                }
            }
        }, root);
        flush.run();
        return blocks;
    }

    // ---- step 3: the container ----

    /**
     * The elements that hold the story. Each prose block scores its parent fully, its grandparent half and older
     * ancestors less (a readability-style decay), so the winner is the element that directly holds most of the
     * paragraphs rather than a page wrapper that also holds comments and teasers. Siblings of the winner that score
     * well too are taken with it: stories split into several sibling sections around an advert slot stay whole.
     */
    private static Set<Element> containers(final List<Block> blocks, final Element body, final Element titleHeading) {
        final Map<Element, double[]> scores = new IdentityHashMap<>();
        for (final Block block : blocks) {
            final double weight = weight(block);
            Element e = CONTAINER_TAGS.contains(block.element.normalName()) ? block.element : block.element.parent();
            if (weight < 0) {
                // link lists and labels count against the element that holds them, not against its ancestors
                if (e != null) {
                    scores.computeIfAbsent(e, x -> new double[1])[0] += weight;
                }
                continue;
            }
            for (int level = 0; e != null && level < 5; e = e.parent(), level++) {
                final double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.computeIfAbsent(e, x -> new double[1])[0] += weight * share;
            }
        }
        // Prose that ends before the title is printed (teasers, a breaking-news strip) is rarely the story.
        if (titleHeading != null && titleHeading.parent() != null) {
            final Map<Element, int[]> spans = documentSpans(body);
            final int titleAt = spans.getOrDefault(titleHeading, new int[2])[0];
            for (final Map.Entry<Element, double[]> entry : scores.entrySet()) {
                final Element e = entry.getKey();
                if (spans.getOrDefault(e, new int[] {0, Integer.MAX_VALUE})[1] < titleAt) {
                    entry.getValue()[0] *= 0.3;
                }
            }
        }
        final List<Map.Entry<Element, double[]>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
        Element best = ranked.isEmpty() || ranked.get(0).getValue()[0] <= 0 ? null : ranked.get(0).getKey();
        double bestScore = best == null ? 0 : ranked.get(0).getValue()[0];
        if (best != null) {
            // A story cut into several columns scores in each; when most of the strong candidates share an
            // ancestor close above the best one, that ancestor is the story.
            final List<Element> strong = ranked.stream().limit(5).filter(e -> e.getValue()[0] >= 0.6 * ranked.get(0)
                    .getValue()[0]).map(Map.Entry::getKey).toList();
            if (strong.size() >= 3) {
                Element ancestor = best.parent();
                for (int level = 0; ancestor != null && level < 6; ancestor = ancestor.parent(), level++) {
                    final Element a = ancestor;
                    if (strong.stream().filter(c -> isWithin(c, a, 12)).count() >= 3) {
                        best = a;
                        bestScore = scores.getOrDefault(a, new double[] {bestScore})[0];
                        break;
                    }
                }
            }
        }
        final Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (best == null) {
            chosen.add(body);
            return chosen;
        }
        chosen.add(best);
        // A story printed as a run of identical units (the same tag and class, one per few paragraphs) is taken
        // whole: every sibling unit with prose in it belongs, at the best element's level or a few levels up.
        Element unit = best;
        for (int level = 0; unit != null && unit.parent() != null && level < 4; unit = unit.parent(), level++) {
            if (unit.className().isBlank()) {
                continue;
            }
            for (final Element sibling : unit.parent().children()) {
                final double[] s = scores.get(sibling);
                final boolean hasProse = s != null && s[0] > 0 || hasScoredDescendant(sibling, scores);
                if (sibling != unit && hasProse && sibling.normalName().equals(unit.normalName())
                        && sibling.className().equals(unit.className())) {
                    chosen.add(sibling);
                }
            }
        }
        final Element parent = best.parent();
        if (parent != null) {
            for (final Element sibling : parent.children()) {
                final double[] s = scores.get(sibling);
                if (sibling != best && s != null && s[0] >= bestScore * 0.2) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }

    private static boolean hasScoredDescendant(final Element root, final Map<Element, double[]> scores) {
        for (final Element e : root.getAllElements()) {
            final double[] s = scores.get(e);
            if (s != null && s[0] > 0) {
                return true;
            }
        }
        return false;
    }

    /** For every element, [its position in document order, the position of its last descendant]; one walk. */
    private static Map<Element, int[]> documentSpans(final Element root) {
        final Map<Element, int[]> spans = new IdentityHashMap<>();
        final int[] counter = new int[1];
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(final Node node, final int depth) {
                if (node instanceof Element el) {
                    spans.put(el, new int[] {counter[0], counter[0]});
                    counter[0]++;
                }
            }

            @Override
            public void tail(final Node node, final int depth) {
                if (node instanceof Element el) {
                    spans.get(el)[1] = counter[0] - 1;
                }
            }
        }, root);
        return spans;
    }

    /** Every element inside the given roots, collected in one walk per root (roots do not nest). */
    private static Set<Element> subtreesOf(final Set<Element> roots) {
        final Set<Element> inside = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (final Element root : roots) {
            if (!inside.contains(root)) {
                inside.addAll(root.getAllElements());
            }
        }
        return inside;
    }

    /** Whether {@code ancestor} is {@code el} or one of its nearest {@code levels} ancestors. */
    private static boolean isWithin(final Element el, final Element ancestor, final int levels) {
        Element e = el;
        for (int i = 0; e != null && i <= levels; e = e.parent(), i++) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static double weight(final Block block) {
        final double density = block.linkDensity();
        if (density > 0.33) {
            return -block.chars;
        }
        if (block.chars >= 60 && looksLikeProse(block.text)) {
            return block.chars * (1 - density);
        }
        // short text such as a label or a date: a little against, so a container is not stretched to take it in
        return -0.25 * block.chars;
    }

    private static boolean looksLikeProse(final String text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == '.' || c == ',' || c == '!' || c == '?' || c == '。' || c == '다') {
                return true;
            }
        }
        return false;
    }

    private static int nonSpaceLength(final String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    // ---- metadata ----

    /** What the page says about itself in its head and JSON-LD. */
    private static final class PageMetadata {
        String ogTitle;
        String ldHeadline;
        String titleTag;
        String published;
        String publisher;
        String siteName;
        final List<String> authors = new ArrayList<>();

        static PageMetadata of(final Document doc) {
            final PageMetadata m = new PageMetadata();
            m.titleTag = TextNormalizer.oneLine(doc.title());
            m.readJsonLd(doc);
            for (final Element meta : doc.select("meta")) {
                final String key = (meta.attr("property") + meta.attr("name") + meta.attr("itemprop"))
                        .toLowerCase(Locale.ROOT).strip();
                final String value = unescaped(meta.attr("content"));
                if (value.isEmpty()) {
                    continue;
                }
                switch (key) {
                    case "og:title", "twitter:title" -> m.ogTitle = m.ogTitle == null ? value : m.ogTitle;
                    case "article:published_time", "og:article:published_time", "article:published",
                         "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date",
                         "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
                         "article.published", "article_date_original", "og:published_time", "cxenseparse:recs:publishtime",
                         "content_publication_date", "pub_date" -> m.published = m.published == null ? value : m.published;
                    case "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author",
                         "og:article:author" -> m.addAuthor(value.replaceFirst("(?i)^by\\s", ""));
                    case "og:site_name", "application-name", "publisher", "dc.publisher" ->
                            m.siteName = m.siteName == null ? value : m.siteName;
                    default -> {
                        // other meta tags say nothing the cleaner needs
                    }
                }
            }
            if (m.published == null) {
                final Element time = doc.selectFirst("time[datetime]");
                if (time != null) {
                    m.published = time.attr("datetime");
                }
            }
            if (m.publisher == null) {
                m.publisher = m.siteName;
            }
            return m;
        }

        /** Metadata is sometimes escaped twice ("&amp;#8216;"), so entities that survive parsing are decoded once more. */
        private static String unescaped(final String value) {
            final String v = value.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(value, true) : value;
            return TextNormalizer.oneLine(v);
        }

        void addAuthor(final String value) {
            // article:author is often a profile URL, which names nobody
            if (value.contains("/") || value.contains("@") || value.length() > 80) {
                return;
            }
            for (final String part : value.split("\\s?(?:,|\\band\\b|&)\\s?")) {
                BylineParser.authorName(part).ifPresent(authors::add);
            }
        }

        String title(final Document doc) {
            final Element h1 = doc.selectFirst("h1");
            final String heading = h1 == null ? "" : TextNormalizer.oneLine(h1.text());
            for (final String candidate : new String[] {ogTitle, ldHeadline, titleTag}) {
                if (candidate != null && !heading.isEmpty() && candidate.startsWith(heading)) {
                    return heading;
                }
            }
            if (ldHeadline != null) {
                return ldHeadline;
            }
            if (ogTitle != null) {
                return withoutSiteName(ogTitle);
            }
            if (titleTag != null && !titleTag.isEmpty()) {
                return withoutSiteName(titleTag);
            }
            return heading.isEmpty() ? null : heading;
        }

        /** "Story | Example Herald" → "Story": the longest part when the title has a site-name separator. */
        private String withoutSiteName(final String title) {
            final String[] parts = TITLE_SEPARATOR.split(title);
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

        /** The site name a title carries after its separator, as a last resort for the publisher. */
        String titleSuffix() {
            if (titleTag == null) {
                return null;
            }
            final String[] parts = TITLE_SEPARATOR.split(titleTag);
            return parts.length >= 2 && parts[parts.length - 1].length() <= 40 ? parts[parts.length - 1].strip() : null;
        }

        private void readJsonLd(final Document doc) {
            for (final Element script : doc.select("script[type=application/ld+json]")) {
                final String json = script.data();
                if (json.length() > MAX_JSON_LD_CHARS) {
                    continue;
                }
                try {
                    visitArticles(JSON.readTree(json));
                } catch (final java.io.IOException | RuntimeException e) {
                    // broken JSON-LD is common; the meta tags and the body still speak
                }
            }
        }

        private void visitArticles(final JsonNode root) {
            final Deque<JsonNode> todo = new ArrayDeque<>();
            todo.push(root);
            int visited = 0;
            while (!todo.isEmpty() && visited++ < 10_000) {
                final JsonNode node = todo.pop();
                if (node.isArray()) {
                    node.forEach(todo::push);
                    continue;
                }
                if (!node.isObject()) {
                    continue;
                }
                if (node.has("@graph")) {
                    todo.push(node.get("@graph"));
                }
                if (isArticle(node.get("@type"))) {
                    takeArticle(node);
                }
            }
        }

        private static boolean isArticle(final JsonNode type) {
            if (type == null) {
                return false;
            }
            if (type.isArray()) {
                for (final JsonNode t : type) {
                    if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                        return true;
                    }
                }
                return false;
            }
            return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
        }

        private void takeArticle(final JsonNode article) {
            if (ldHeadline == null && article.hasNonNull("headline")) {
                ldHeadline = unescaped(article.get("headline").asText());
            }
            if (published == null && article.hasNonNull("datePublished")) {
                published = article.get("datePublished").asText();
            }
            final JsonNode author = article.get("author");
            if (author != null && authors.isEmpty()) {
                for (final JsonNode a : author.isArray() ? author : List.of(author)) {
                    final String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                    if (!name.isBlank()) {
                        addAuthor(TextNormalizer.oneLine(name));
                    }
                }
            }
            final JsonNode pub = article.get("publisher");
            if (publisher == null && pub != null) {
                final String name = pub.isTextual() ? pub.asText() : pub.path("name").asText("");
                if (!name.isBlank()) {
                    publisher = TextNormalizer.oneLine(name);
                }
            }
        }
    }
}
