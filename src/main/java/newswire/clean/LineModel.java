package newswire.clean;

import java.util.List;

/**
 * How likely a line of a text copy is story, by a logistic regression over what the line is and what surrounds it: its
 * own {@link LineFeatures}, its context-free class ({@link StoryLines}), the nearest non-blank line on each side and
 * the lines within {@link #WINDOW} of it. The weights are data, {@code line-model.tsv}, fitted on the tuning halves of
 * the development text copies by {@code eval/line_model.py}, which reads the feature vectors this class computes
 * (through {@code LineTable}, a test-scope tool): one computation of the features, so the fitted weights and the
 * cleaner cannot disagree on what a feature is. Immutable.
 */
final class LineModel {

    /** The features in the order of the weights; {@code line-model.tsv} must name the same, in this order. */
    static final List<String> FEATURES = List.of(
            "logChars", "logWords", "functionShare", "controlShare", "letterShare", "digitShare", "capitalShare",
            "endsSentence", "innerBreak", "relativeTime", "controlsOnly", "classGood", "classNearGood", "classBad",
            "position", "blankBefore", "blankAfter",
            "prevRemoved", "prevLogChars", "prevFunctionShare", "prevControlShare", "prevEndsSentence", "prevGood",
            "prevBad",
            "nextRemoved", "nextLogChars", "nextFunctionShare", "nextControlShare", "nextEndsSentence", "nextGood",
            "nextBad",
            "windowGood", "windowBad", "heuristicStory", "logRunDistance", "personShare", "aboveStory",
            "belowStory", "personContrast");

    /**
     * A line the passes left out is story from this probability on: above one half, since what the model would add
     * (a second run of story, other stories' teasers, comments) is story on some sites only.
     */
    static final double STORY_PROBABILITY = 0.6;

    /**
     * A line the passes keep only because of its neighbours (not {@code GOOD} on its own) is chrome below this
     * probability: the neighbour pass keeps a short line between two paragraphs whatever it says (a "Read more:"
     * pointer, a caption, a promotion). Well under one half, so that the model only overrules the passes where it is
     * sure: a subheading between two paragraphs, which its shape makes look unlikely, stays. A line that is story on its
     * own is never overruled: a story's first paragraph right under a menu has a neighbourhood as bad as chrome's.
     */
    static final double CHROME_PROBABILITY = 0.3;

    /** Lines on each side whose classes say what kind of stretch of the page a line sits in. */
    static final int WINDOW = 4;

    private static final LineModel STANDARD = new LineModel(CleaningPolicy.readResource("line-model.tsv"));

    private final double intercept;
    private final double[] weights = new double[FEATURES.size()];

    /** @param rows {@code name<TAB>weight}, {@code intercept} first, then every feature of {@link #FEATURES} in order */
    LineModel(final List<String> rows) {
        final List<String> data = rows.stream().filter(r -> !r.isBlank() && !r.startsWith("#")).toList();
        if (data.size() != FEATURES.size() + 1 || !data.get(0).startsWith("intercept\t")) {
            throw new IllegalArgumentException("line model needs an intercept and the weights of " + FEATURES);
        }
        intercept = Double.parseDouble(data.get(0).split("\t")[1]);
        for (int k = 0; k < weights.length; k++) {
            final String[] fields = data.get(k + 1).split("\t");
            if (!fields[0].equals(FEATURES.get(k))) {
                throw new IllegalArgumentException("line model row " + (k + 1) + " is " + fields[0] + ", expected "
                        + FEATURES.get(k) + ": refit it with eval/line_model.py");
            }
            weights[k] = Double.parseDouble(fields[1]);
        }
    }

    static LineModel standard() {
        return STANDARD;
    }

    /** The probability that line {@code i} is story, given the feature vector {@link #features} fills. */
    double probability(final double[] features) {
        double z = intercept;
        for (int k = 0; k < weights.length; k++) {
            z += weights[k] * features[k];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Which lines of a page are story: those the passes keep, unless only their neighbours made them story and the
     * model finds them unlikely story; and those the model finds likely story that their own features do not call
     * chrome ({@code BAD}: controls, a time stamp, symbols), such as a second run of story parted from the first by a
     * block of chrome, or a standfirst above it.
     */
    boolean[] story(final StoryLines.Page page) {
        final double[] x = new double[weights.length];
        final double storyPersonShare = storyPersonShare(page);
        final boolean[] story = new boolean[page.lines().size()];
        for (int i = 0; i < story.length; i++) {
            final boolean kept = page.heuristicStory()[i];
            final StoryLines.LineClass contextFree = page.classes()[i];
            if (kept && contextFree == StoryLines.LineClass.GOOD) {
                story[i] = true;
            } else if (kept || page.features()[i] != null && contextFree != StoryLines.LineClass.BAD) {
                features(page, storyPersonShare, i, x);
                story[i] = probability(x) >= (kept ? CHROME_PROBABILITY : STORY_PROBABILITY);
            }
        }
        return story;
    }

    /**
     * Fills {@code out} with the features of line {@code i} of a page StoryLines has measured.
     *
     * @param page             the page's lines, their measures and context-free classes, and the heuristic passes'
     *                         verdict
     * @param storyPersonShare the page's {@link #storyPersonShare}, computed once per page
     */
    static void features(final StoryLines.Page page, final double storyPersonShare, final int i, final double[] out) {
        final LineFeatures f = page.features()[i];
        final StoryLines.LineClass contextFree = page.classes()[i];
        int k = 0;
        out[k++] = Math.log1p(f.chars());
        out[k++] = Math.log1p(f.words());
        out[k++] = f.functionShare();
        out[k++] = f.controlShare();
        out[k++] = f.letterShare();
        out[k++] = f.digitShare();
        out[k++] = f.capitalShare();
        out[k++] = f.endsSentence() ? 1 : 0;
        out[k++] = SentenceShape.hasInnerBreak(page.lines().get(i)) ? 1 : 0;
        out[k++] = f.relativeTime() ? 1 : 0;
        out[k++] = f.controlsOnly() ? 1 : 0;
        out[k++] = contextFree == StoryLines.LineClass.GOOD ? 1 : 0;
        out[k++] = contextFree == StoryLines.LineClass.NEAR_GOOD ? 1 : 0;
        out[k++] = contextFree == StoryLines.LineClass.BAD ? 1 : 0;
        final int n = page.lines().size();
        out[k++] = (double) i / n;
        out[k++] = i == 0 || page.isBlank(i - 1) ? 1 : 0;
        out[k++] = i == n - 1 || page.isBlank(i + 1) ? 1 : 0;
        k = neighbour(page, nearestNonBlank(page, i, -1), out, k);
        k = neighbour(page, nearestNonBlank(page, i, 1), out, k);
        int near = 0;
        int good = 0;
        int bad = 0;
        for (int j = Math.max(0, i - WINDOW); j <= Math.min(n - 1, i + WINDOW); j++) {
            if (j == i || page.isBlank(j)) {
                continue;
            }
            near++;
            good += page.classes()[j] == StoryLines.LineClass.GOOD ? 1 : 0;
            bad += page.classes()[j] == StoryLines.LineClass.BAD ? 1 : 0;
        }
        out[k++] = near == 0 ? 0 : (double) good / near;
        out[k++] = near == 0 ? 0 : (double) bad / near;
        out[k++] = page.heuristicStory()[i] ? 1 : 0;
        out[k++] = Math.log1p(page.storyDistance()[i]);
        out[k++] = f.personShare();
        // standfirsts and datelines come above the passes' story; comments, notes and other stories below it
        out[k++] = page.firstStory() >= 0 && i < page.firstStory() ? 1 : 0;
        out[k++] = page.lastStory() >= 0 && i > page.lastStory() ? 1 : 0;
        // a reader's comment or an author's note speaks to the reader more than the story above it does; a column
        // written in the first person throughout does not stand out from itself
        out[k] = f.personShare() - storyPersonShare;
    }

    /**
     * The mean share of first- and second-person words over the lines the passes keep that are story on their own:
     * the voice of the page's story, against which a line's own voice is measured. 0 when there is none.
     */
    static double storyPersonShare(final StoryLines.Page page) {
        double sum = 0;
        int lines = 0;
        for (int i = 0; i < page.lines().size(); i++) {
            if (page.heuristicStory()[i] && page.classes()[i] == StoryLines.LineClass.GOOD) {
                sum += page.features()[i].personShare();
                lines++;
            }
        }
        return lines == 0 ? 0 : sum / lines;
    }

    private static int nearestNonBlank(final StoryLines.Page page, final int from, final int step) {
        int j = from + step;
        while (j >= 0 && j < page.lines().size() && page.isBlank(j)) {
            j += step;
        }
        return j >= 0 && j < page.lines().size() ? j : -1;
    }

    /** The neighbour's features; a line a rule removed or the page's edge has none but its kind. */
    private static int neighbour(final StoryLines.Page page, final int j, final double[] out, final int from) {
        int k = from;
        final LineFeatures f = j < 0 ? null : page.features()[j];
        out[k++] = j >= 0 && f == null ? 1 : 0;
        out[k++] = f == null ? 0 : Math.log1p(f.chars());
        out[k++] = f == null ? 0 : f.functionShare();
        out[k++] = f == null ? 0 : f.controlShare();
        out[k++] = f != null && f.endsSentence() ? 1 : 0;
        out[k++] = f != null && page.classes()[j] == StoryLines.LineClass.GOOD ? 1 : 0;
        out[k++] = j >= 0 && page.classes()[j] == StoryLines.LineClass.BAD ? 1 : 0;
        return k;
    }
}
