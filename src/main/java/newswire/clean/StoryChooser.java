package newswire.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the elements that hold the story. Each prose block scores its parent fully, its grandparent half and older
 * ancestors less (a readability-style decay), so the winner is the element that directly holds most of the paragraphs
 * rather than a page wrapper that also holds comments and teasers. Strong candidates sharing a close ancestor, siblings
 * of the winner that score well too, and sibling units of the same tag and class are taken with it: stories split into
 * several sections around an advert slot stay whole. The page's own summary (its meta description) is evidence too:
 * when a block prints it, the story may move to where it is printed ({@link PageSummary}).
 */
final class StoryChooser {

    /** Elements that hold paragraphs rather than being one. */
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "body", "td",
            "form", "center");

    private final StoryWeights weights;

    StoryChooser(final StoryWeights weights) {
        this.weights = weights;
    }

    Set<Element> containers(final List<TextBlock> blocks, final Element body, final Element titleHeading,
            final PageSummary summary) {
        final Map<Element, Element> containerOf = new IdentityHashMap<>();
        Map<Element, double[]> scores = scores(blocks, body, titleHeading, block -> false, containerOf);
        Element best = best(scores);
        final Set<TextBlock> printingSummary = Collections.newSetFromMap(new IdentityHashMap<>());
        blocks.stream().filter(block -> summary.printedIn(block.text())).forEach(printingSummary::add);
        if (!printingSummary.isEmpty()) {
            final Map<Element, double[]> withSummary = scores(blocks, body, titleHeading, printingSummary::contains,
                    containerOf);
            final Element bestWithSummary = best(withSummary);
            // the summary may move the story to where it is printed, never widen it: a wrapper that holds the story
            // and a standfirst repeating the summary is not a better story
            if (bestWithSummary != null && (best == null || !isWithin(best, bestWithSummary, Integer.MAX_VALUE))) {
                scores = withSummary;
                best = bestWithSummary;
            }
        }
        double bestScore = best == null ? 0 : scores.get(best)[0];
        if (best != null) {
            final List<Map.Entry<Element, double[]>> ranked = ranked(scores);
            final Element shared = sharedAncestorOfStrong(ranked, best);
            if (shared != null) {
                best = shared;
                bestScore = scores.getOrDefault(shared, new double[] {bestScore})[0];
            }
        }
        final Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (best == null) {
            chosen.add(body);
            return chosen;
        }
        chosen.add(best);
        addSiblingUnits(best, scores, chosen);
        addSameClassElsewhere(best, bestScore * weights.siblingShare(), body, scores, chosen);
        final Element parent = best.parent();
        if (parent != null) {
            for (final Element sibling : parent.children()) {
                final double[] s = scores.get(sibling);
                if (sibling != best && s != null && s[0] >= bestScore * weights.siblingShare()) {
                    chosen.add(sibling);
                }
            }
        }
        return chosen;
    }

    /**
     * Each block's weight for the elements holding it; a block that prints the page's summary ({@code printsSummary})
     * weighs as prose of {@code summaryEvidence} characters more.
     */
    private Map<Element, double[]> scores(final List<TextBlock> blocks, final Element body, final Element titleHeading,
            final Predicate<TextBlock> printsSummary, final Map<Element, Element> containerOf) {
        // In document order, so that equal scores rank the same way on every run (jsoup elements are equal only to
        // themselves, so this is still a map by identity); an IdentityHashMap's order changed from run to run.
        final Map<Element, double[]> scores = new LinkedHashMap<>();
        for (final TextBlock block : blocks) {
            final double weight = printsSummary.test(block)
                    ? Math.max(0, weight(block)) + weights.summaryEvidence() : weight(block);
            final Element holder = block.element();
            Element e = CONTAINER_TAGS.contains(holder.normalName()) ? holder : container(holder, containerOf);
            if (weight < 0) {
                // link lists and labels count against the element that holds them, not against its ancestors
                if (e != null) {
                    scores.computeIfAbsent(e, x -> new double[1])[0] += weight;
                }
                continue;
            }
            for (int level = 0; e != null && level < weights.ancestorLevels(); e = container(e, containerOf), level++) {
                scores.computeIfAbsent(e, x -> new double[1])[0] += weight * weights.ancestorShare(level);
            }
        }
        if (titleHeading != null && titleHeading.parent() != null) {
            discountBeforeTitle(scores, body, titleHeading);
        }
        return scores;
    }

    private static List<Map.Entry<Element, double[]>> ranked(final Map<Element, double[]> scores) {
        final List<Map.Entry<Element, double[]>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
        return ranked;
    }

    /** The best-scoring element, or null when no element scores above zero. */
    private static Element best(final Map<Element, double[]> scores) {
        Element best = null;
        double top = 0;
        for (final Map.Entry<Element, double[]> entry : scores.entrySet()) {
            if (entry.getValue()[0] > top) {
                best = entry.getKey();
                top = entry.getValue()[0];
            }
        }
        return best;
    }

    /**
     * The element that holds {@code el} as structure: its nearest ancestor that is neither inline formatting nor a
     * quotation. Old pages wrap paragraphs in {@code font}, {@code span} or unclosed {@code sup} and {@code b} tags,
     * which the parser nests one paragraph deeper each time, and a browser lays them out as one column all the same;
     * a block quotation is part of the text that quotes it. Each element is climbed past once ({@code memo}), so a
     * chain of 10,000 unclosed tags costs one walk, not one per paragraph.
     */
    private static Element container(final Element el, final Map<Element, Element> memo) {
        final List<Element> passed = new ArrayList<>();
        Element e = el.parent();
        while (e != null && isTransparent(e)) {
            final Element known = memo.get(e);
            if (known != null) {
                e = known;
                break;
            }
            passed.add(e);
            e = e.parent();
        }
        for (final Element p : passed) {
            memo.put(p, e);
        }
        return e;
    }

    private static boolean isTransparent(final Element el) {
        return el.normalName().equals("blockquote") || el.tag().isKnownTag() && el.tag().isInline();
    }

    private void discountBeforeTitle(final Map<Element, double[]> scores, final Element body,
            final Element titleHeading) {
        final Map<Element, int[]> spans = documentSpans(body);
        final int titleAt = spans.getOrDefault(titleHeading, new int[2])[0];
        for (final Map.Entry<Element, double[]> entry : scores.entrySet()) {
            if (spans.getOrDefault(entry.getKey(), new int[] {0, Integer.MAX_VALUE})[1] < titleAt) {
                entry.getValue()[0] *= weights.beforeTitleFactor();
            }
        }
    }

    /**
     * A story cut into several columns scores in each; when most of the strong candidates share an ancestor close above
     * the best one, that ancestor is the story.
     */
    private Element sharedAncestorOfStrong(final List<Map.Entry<Element, double[]>> ranked, final Element best) {
        final double top = ranked.get(0).getValue()[0];
        final List<Element> strong = ranked.stream().limit(weights.strongRanks())
                .filter(e -> e.getValue()[0] >= weights.strongShare() * top).map(Map.Entry::getKey).toList();
        if (strong.size() < weights.strongQuorum()) {
            return null;
        }
        Element ancestor = best.parent();
        for (int level = 0; ancestor != null && level < weights.quorumAncestorLevels();
                ancestor = ancestor.parent(), level++) {
            final Element a = ancestor;
            if (strong.stream().filter(c -> isWithin(c, a, weights.quorumDepth())).count() >= weights.strongQuorum()) {
                return a;
            }
        }
        return null;
    }

    /**
     * A story printed as a run of identical units (the same tag and class, one per few paragraphs) is taken whole:
     * every sibling unit with prose in it belongs, at the best element's level or a few levels up.
     */
    private void addSiblingUnits(final Element best, final Map<Element, double[]> scores, final Set<Element> chosen) {
        Element unit = best;
        for (int level = 0; unit != null && unit.parent() != null && level < weights.unitLevels();
                unit = unit.parent(), level++) {
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
    }

    /**
     * A story cut by full-width figures or quotes is often printed as several containers of the story's own class
     * at different depths of the page (each part in its own section): every element of the best one's tag and class
     * that scores as a part of the story ({@code least}: a sibling's share) belongs, wherever it is. A widget that
     * shares the story's class (a blurb in the sidebar) scores far less.
     */
    private static void addSameClassElsewhere(final Element best, final double least, final Element body,
            final Map<Element, double[]> scores, final Set<Element> chosen) {
        if (best.className().isBlank()) {
            return;
        }
        for (final Element e : body.getElementsByTag(best.normalName())) {
            final double[] s = scores.get(e);
            if (e != best && e.className().equals(best.className()) && s != null && s[0] >= least) {
                chosen.add(e);
            }
        }
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

    /** How much a block speaks for the element holding it: prose for, links and labels against. */
    private double weight(final TextBlock block) {
        final double density = block.linkDensity();
        if (density > weights.linkHeavy()) {
            return -block.chars();
        }
        if (block.chars() >= weights.proseChars() && looksLikeProse(block.text())) {
            return block.chars() * (1 - density);
        }
        return -weights.shortTextPenalty() * block.chars();
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
}
