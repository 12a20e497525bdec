package newswire.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a whole HTML page into a draft, the body found by structure rather than by any one site's class names. The
 * steps, each in its own class:
 * <ol>
 * <li>{@link PageLandmarks}: the elements the next steps read, found in one walk;
 * {@link PageMetadata}: title candidates, authors, time and publisher from the head and JSON-LD;
 * {@link HeadlineChooser} picks the headline;</li>
 * <li>{@link PageFurniture}: elements that never hold story text go, figures with them ({@link PageCredits} keeps
 * their captions);</li>
 * <li>{@link TextBlock}: the rest is cut into text blocks at block-level elements, each with its link density;</li>
 * <li>{@link StoryChooser}: prose blocks score their ancestors and the best-scoring element (with its kin) is the
 * story;</li>
 * <li>here: within the story, link-heavy blocks are dropped; outside it, {@link PageCredits} reads the dateline and the
 * byline printed around the headline.</li>
 * </ol>
 * Every walk over the tree is iterative (jsoup's traversors), so a page nested 10,000 deep costs no stack. jsoup only
 * parses the string it is given; nothing is fetched.
 */
final class HtmlPageReader {

    private final StoryChooser stories;
    private final StoryWeights weights;

    HtmlPageReader(final StoryWeights weights) {
        // stateless: one reader serves every thread
        this.stories = new StoryChooser(weights);
        this.weights = weights;
    }

    HtmlPageReader() {
        this(StoryWeights.STANDARD);
    }

    void read(final String html, final String knownTitle, final ArticleDraft draft) {
        final Document doc = Jsoup.parse(html);
        final PageLandmarks landmarks = PageLandmarks.of(doc);
        final PageMetadata meta = PageMetadata.of(doc, landmarks);
        draft.title = knownTitle != null && !knownTitle.isBlank() ? knownTitle
                : HeadlineChooser.headline(meta, landmarks);
        meta.authors.forEach(draft::addAuthor);
        draft.declaredPublishedAt = meta.published;
        draft.publisher = meta.publisher;
        draft.declaredBody = meta.articleBody;
        final Element body = doc.body();
        if (body == null) {
            return;
        }
        if (draft.publisher == null) {
            draft.publisher = PageCredits.copyrightHolder(landmarks).orElse(meta.titleSuffix());
        }
        final Element titleHeading = titleHeading(landmarks.headings, draft.title);
        PageFurniture.remove(body, titleHeading, draft);
        final List<TextBlock> blocks = TextBlock.of(body);
        final Set<Element> story = subtreesOf(stories.containers(blocks, body, titleHeading,
                PageSummary.of(meta.description)));
        final Set<Element> title = titleHeading == null ? Set.of() : subtreesOf(Set.of(titleHeading));
        // 0: before the title heading, 1: between it and the story (where the byline sits), 2: in or after the story
        int region = titleHeading == null ? 1 : 0;
        final List<TextBlock> lead = new ArrayList<>();
        for (final TextBlock block : blocks) {
            final boolean inStory = story.contains(block.element());
            final boolean inTitle = title.contains(block.element());
            if (inStory) {
                if (region < 2) {
                    addLead(lead, draft);
                }
                region = 2;
            } else if (inTitle) {
                region = Math.max(region, 1);
            }
            if (!inStory) {
                PageCredits.noteDatelineOutsideStory(block, draft);
                if (region == 1 && draft.authors.isEmpty()) {
                    PageCredits.noteBylineBetweenTitleAndStory(block, draft);
                }
                if (region == 1 && titleHeading != null && !inTitle && readsAsProse(block)) {
                    lead.add(block);
                } else {
                    draft.removals.count(Removals.BOILERPLATE);
                }
            } else if (block.linkDensity() > weights.storyLinkHeavy() && !isLinkedSentence(block)) {
                draft.removals.count(Removals.BOILERPLATE);
            } else {
                draft.groups.add(block.lines());
            }
        }
    }

    /**
     * Prose printed between the title heading and the chosen story is where the story begins when there is a run of
     * it: the element that scored best held only the later paragraphs (a story whose first paragraphs sit in a
     * container of their own, or loose in the page's column). A single such block is a standfirst, which some pages
     * count as the story and others as the headline's deck, so it stays out.
     */
    private void addLead(final List<TextBlock> lead, final ArticleDraft draft) {
        if (lead.size() >= weights.leadRunBlocks()) {
            lead.forEach(block -> draft.groups.add(block.lines()));
        } else {
            lead.forEach(block -> draft.removals.count(Removals.BOILERPLATE));
        }
        lead.clear();
    }

    /** A block long enough to be prose, with few links, that ends a sentence. */
    private boolean readsAsProse(final TextBlock block) {
        return block.chars() >= weights.proseChars() && block.linkDensity() <= weights.linkHeavy()
                && SentenceShape.endsSentence(block.text());
    }

    /**
     * A story paragraph or list item whose names are links but which has words of its own and ends a sentence: a list
     * of points in the story reads as sentences, a list of teasers as bare headlines.
     */
    private boolean isLinkedSentence(final TextBlock block) {
        final String tag = block.element().normalName();
        return (tag.equals("p") || tag.equals("li")) && block.linkDensity() <= weights.linkedSentenceMax()
                && block.chars() - block.linkChars() >= weights.ownWordsChars()
                && SentenceShape.endsSentence(block.text());
    }

    /** The heading that prints the title (or else the first h1): the story starts near it. */
    private static Element titleHeading(final List<Element> headings, final String title) {
        final String key = title == null ? "" : TextNormalizer.comparisonKey(title);
        Element firstH1 = null;
        for (final Element h : headings) {
            if (!key.isEmpty() && TextNormalizer.comparisonKey(h.text()).equals(key)) {
                return h;
            }
            if (firstH1 == null && h.normalName().equals("h1")) {
                firstH1 = h;
            }
        }
        return firstH1;
    }

    /** Every element inside the given roots, collected in one walk per root (roots do not nest). */
    private static Set<Element> subtreesOf(final Set<Element> roots) {
        final Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        for (final Element root : roots) {
            if (!inside.contains(root)) {
                inside.addAll(root.getAllElements());
            }
        }
        return inside;
    }
}
