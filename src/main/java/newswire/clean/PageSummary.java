package newswire.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The summary a page gives of itself (its meta description), as evidence of where its story is printed: publishers
 * and blog engines fill it with the story's opening words, so the block that prints those words is the story's (a post
 * of two lines that a sidebar's "about me" box outweighs). Text is compared by runs of three words, so a description
 * that is cut short, or that adds a "via" line or a handle around the words, still matches.
 */
final class PageSummary {

    /** A page without a description, or with one too short to tell a story from a tagline. */
    static final PageSummary NONE = new PageSummary(Set.of());

    /** Shorter descriptions ("It's yours…", a site's slogan) say too little to point at a block. */
    private static final int MIN_WORDS = 6;
    /** A shorter block (a label, a name) shares a run with any description by chance. */
    private static final int MIN_BLOCK_WORDS = 5;
    /** The share of its word runs that a block and the description must share, in one direction or the other. */
    private static final double SHARED = 0.6;

    private final Set<String> trigrams;

    private PageSummary(final Set<String> trigrams) {
        this.trigrams = trigrams;
    }

    /** The summary of a page's description; {@link #NONE} when there is none or it is too short to tell. */
    static PageSummary of(final String description) {
        if (description == null) {
            return NONE;
        }
        final List<String> words = words(description);
        return words.size() < MIN_WORDS ? NONE : new PageSummary(new HashSet<>(trigrams(words)));
    }

    /**
     * Whether the block prints the summary: most of the block's word runs are in it (a short post that the description
     * quotes whole), or most of its word runs are in the block (a description drawn from the first paragraph).
     */
    boolean printedIn(final String blockText) {
        if (trigrams.isEmpty()) {
            return false;
        }
        final List<String> blockWords = words(blockText);
        if (blockWords.size() < MIN_BLOCK_WORDS) {
            return false;
        }
        final List<String> blockTrigrams = trigrams(blockWords);
        final Set<String> inBlock = new HashSet<>(blockTrigrams);
        int blockShared = 0;
        for (final String t : blockTrigrams) {
            if (trigrams.contains(t)) {
                blockShared++;
            }
        }
        int summaryShared = 0;
        for (final String t : trigrams) {
            if (inBlock.contains(t)) {
                summaryShared++;
            }
        }
        return blockShared >= SHARED * blockTrigrams.size() || summaryShared >= SHARED * trigrams.size();
    }

    private static List<String> words(final String text) {
        final List<String> words = new ArrayList<>();
        final StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            final char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        return words;
    }

    private static List<String> trigrams(final List<String> words) {
        final List<String> runs = new ArrayList<>();
        for (int i = 0; i + 3 <= words.size(); i++) {
            runs.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return runs;
    }
}
