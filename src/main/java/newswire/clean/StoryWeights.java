package newswire.clean;

/**
 * The weights by which {@link StoryChooser} finds the story among a page's blocks, each named with the reason for it.
 *
 * @param linkHeavy link share above which a block is a link list and counts against its element
 * @param proseChars a block shorter than this is a label, a date or a button, not prose
 * @param shortTextPenalty what each character of short text costs its element: a little, so a container is not
 *     stretched to take in labels around it, but not so much that a caption or a date disqualifies a story
 * @param ancestorLevels how many ancestors a prose block scores: beyond that it is a page wrapper
 * @param grandparentShare the share the grandparent gets (the parent gets all); older ancestors get 1 / (3 × level)
 *     (readability's decay), so the winner directly holds the paragraphs rather than wrapping teasers too
 * @param beforeTitleFactor prose that ends before the title heading (teasers, a breaking-news strip) is rarely the
 *     story, so its score is multiplied by this
 * @param strongShare a candidate scoring at least this share of the best is strong: a story cut into columns scores in
 *     each
 * @param strongRanks how many top candidates are looked at for strong ones
 * @param strongQuorum how many strong candidates under one close ancestor make that ancestor the story
 * @param quorumAncestorLevels how far above the best candidate that shared ancestor may be
 * @param quorumDepth how deep under that ancestor a strong candidate may sit
 * @param unitLevels how far up from the best element a run of identical sibling units (same tag and class) is looked
 *     for: stories printed as one unit per few paragraphs
 * @param siblingShare a sibling of the best element scoring at least this share of it is part of the story (sections
 *     split around an advert slot)
 * @param storyLinkHeavy inside the story, a block with a link share above this is a link row, not text, unless it
 *     is a paragraph that reads as a sentence
 * @param linkedSentenceMax a story paragraph whose names are links ("Anna Berg has been eliminated from “Dancing”.")
 *     keeps its place up to this link share; above it, the links are a hover card or a list printed inside the text
 * @param ownWordsChars and when at least this many characters of it are its own words around the links, and it ends a
 *     sentence
 * @param leadRunBlocks prose blocks between the title heading and the chosen story join the story when there are at
 *     least this many: a run is the story's beginning, a single block a standfirst
 * @param summaryEvidence what a block that prints the page's own summary (its meta description) adds to the elements
 *     holding it, as if it were that many characters of prose: the summary is the story's opening, so a post of one
 *     or two short lines outweighs a sidebar's "about me" box (the story may move so, never widen: a standfirst that
 *     repeats the summary above the story does not pull in its wrapper)
 */
record StoryWeights(double linkHeavy, int proseChars, double shortTextPenalty, int ancestorLevels,
        double grandparentShare, double beforeTitleFactor, double strongShare, int strongRanks, int strongQuorum,
        int quorumAncestorLevels, int quorumDepth, int unitLevels, double siblingShare, double storyLinkHeavy,
        double linkedSentenceMax, int ownWordsChars, int leadRunBlocks, double summaryEvidence) {

    /** The weights as tuned on the development pages of the HTML benchmark (docs/cleaning.md). */
    static final StoryWeights STANDARD = new StoryWeights(0.33, 60, 0.25, 5, 0.5, 0.3, 0.6, 5, 3, 6, 12, 4, 0.2, 0.5,
            0.75, 15, 2, 400);

    /** The share of a prose block's weight that the ancestor {@code level} steps above its element receives. */
    double ancestorShare(final int level) {
        return level == 0 ? 1 : level == 1 ? grandparentShare : 1.0 / (level * 3);
    }
}
