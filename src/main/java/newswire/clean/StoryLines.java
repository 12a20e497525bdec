package newswire.clean;

import java.util.List;

/**
 * Finds the story among the lines of a text copy by what each line is and what surrounds it, in the two passes of
 * jusText, then keeps the story's own run.
 *
 * <ol>
 *   <li>Each line on its own ({@link #classOf}): a line of control words, a relative time stamp, the page's notice
 *   about itself (terms of use, a reprint or licence line, however long) or mostly symbols is {@code BAD}, and so is
 *   a short pointer to another page ("Read more: …"); a long line dense in function words is {@code GOOD}, and so
 *   is a clause of a script written without spaces ({@link #UNSPACED_CLAUSE_LETTERS}); a shorter one with enough
 *   function words, or one that ends a sentence, is {@code NEAR_GOOD}; anything else is {@code SHORT}: undecided.</li>
 *   <li>Neighbours decide the undecided: a {@code NEAR_GOOD} line is story unless the nearest decided lines on both
 *   sides are chrome; a {@code SHORT} one only when both are story (a subheading or a list item inside the story, not
 *   a label in a menu).</li>
 *   <li>Story comes in one run and chrome in runs too: story lines are grouped into runs that at most
 *   {@link #MAX_GAP} chrome lines interrupt (an advertisement, a share row), and only the run with the most story
 *   text (less its control words) is kept; lists of other stories, cookie notices and comments further away go with the chrome.
 *   A gap is weighed by what its lines are: a line its own words call chrome counts whole, one only its neighbours
 *   ruled out counts half, and numbers and symbols (a chart's figures) not at all. The story ends before a light part of
 *   the run that a break of {@link #TAIL_GAP} parts from the heavier story above it (a comment, an author's note).</li>
 *   <li>The {@link LineModel} has the last word: a logistic regression over each line's measures, its class, its
 *   neighbours' and the verdict of the passes above, fitted on the tuning halves of the development text copies.</li>
 * </ol>
 * No site's strings are involved; the thresholds were set on the tuning half of the development text copies.
 */
final class StoryLines {

    enum LineClass { BAD, SHORT, NEAR_GOOD, GOOD, BLANK }

    /** Lines shorter than this say too little to judge on their own (jusText's {@code LENGTH_LOW}). */
    static final int SHORT_CHARS = 50;
    /** A line this long with enough function words is story by itself (jusText's {@code LENGTH_HIGH}). */
    static final int LONG_CHARS = 150;
    /** Function-word share of running prose; menus and headline lists stay well below. */
    static final double PROSE_FUNCTION_SHARE = 0.30;
    /** Lower function-word share accepted from a line that ends a sentence. */
    static final double SENTENCE_FUNCTION_SHARE = 0.20;
    /** A short line of at least this many words that ends a sentence ("He declined to comment.") may be story. */
    static final int MIN_SENTENCE_WORDS = 3;
    /**
     * A line of a script written without spaces (Chinese, Japanese) is one word to the word reader and has no function
     * words to count: its letters say what its length and words would. From this many it is a clause and story by
     * itself, as a long line of spaced prose is; the titles of other posts and the labels around a story run shorter
     * (docs/text-cleaning.md, session 25).
     */
    static final int UNSPACED_CLAUSE_LETTERS = TextHeadlineChooser.CLAUSE_UNSPACED_LETTERS;
    /** Above this share of control words a line names controls rather than saying something. */
    static final double MAX_CONTROL_SHARE = 0.34;
    /** A control-word line longer than this is judged as prose: a sentence may mention many controls. */
    static final int CONTROL_LINE_CHARS = 120;
    /** Lines with fewer letters than this share are numbers, symbols and bullets. */
    static final double MIN_LETTER_SHARE = 0.5;
    /**
     * A run is weighed by its characters, each line's discounted by this many times its control-word share: a cookie
     * notice or a subscription box reads as prose line by line, but says "cookies", "website", "subscribe" throughout.
     */
    static final double CONTROL_WORD_DISCOUNT = 8;
    /**
     * Chrome that may interrupt one run of story (an advertisement label, a share row, a picture credit), counted in
     * lines that read as chrome on their own; the lines below count for less.
     */
    static final double MAX_GAP = 8;
    /**
     * What a line only its neighbours ruled out (a short label, a subheading, a caption, a table cell) adds to a gap: it
     * is as often part of the story's furniture (a chart, a pull quote, a list) as of a menu, so it separates less than a
     * line its own words call chrome.
     */
    static final double UNDECIDED_GAP = 0.5;
    /**
     * What a line of numbers and symbols ("$915", "2.4%", a row of bullets) adds to a gap: nothing. Charts, tables and
     * scores inside a story print them as much as menus do, and they say nothing of where a page's sections part.
     */
    static final double SYMBOLS_GAP = 0;
    /**
     * A gap inside a run at which the story may end: three lines that read as chrome on their own (a "Tags" label, a
     * "Comments" heading, a share row), or six that only their neighbours ruled out.
     */
    static final double TAIL_GAP = 3;
    /**
     * A part of the run under such a gap, after the heaviest part, that weighs less than this share of it is not the
     * story's (a comment under a long story, not the second half of a story a box of links interrupts). Set on the
     * tuning halves of the text copies (docs/text-cleaning.md, tenth round).
     */
    static final double TAIL_SHARE = 0.15;
    /**
     * A sentence of at least this many words right under a headline read from the text is the story's lead, however
     * few function words it has: wire leads are dense in names ("ISLAMABAD, March 25 - Afghan warplanes killed almost
     * 150 people in bombing raids into Pakistani territory"), and the headline above them, not the text's edge, is
     * their neighbour.
     */
    static final int MIN_LEAD_WORDS = 8;
    /**
     * Excerpts of other stories (long lines that trail off in an ellipsis, next to another such line) are chrome when
     * the rest of the page's long prose weighs at least this share of them: a story with a list of teasers above or
     * under it. A page that is little else (a catalogue of courses, an index of posts) keeps them as its content. Set
     * on the tuning halves of the text copies (docs/text-cleaning.md, fifteenth round).
     */
    static final double EXCERPTS_SHARE = 0.15;

    private StoryLines() {
    }

    static boolean[] story(final List<String> lines, final WordClasses words) {
        return story(lines, 0, false, new LineReadings(words));
    }

    /**
     * @param lines          the lines of a text copy in order, an empty string where a block ends, null where a line
     *                       rule removed a line (chrome that still separates runs)
     * @param firstStoryLine lines before it lie above the story's headline and are chrome whatever they read like
     * @return which lines are story; every non-empty line when none reads as story, so that a text too short to judge
     * (a one-sentence report) is left to the other rules
     */
    static boolean[] story(final List<String> lines, final int firstStoryLine, final WordClasses words) {
        return story(lines, firstStoryLine, false, new LineReadings(words));
    }

    /**
     * As {@link #story(List, int, WordClasses)}, where {@code underHeadline} says that the story begins right under a
     * headline read from the text, so that its first line is the lead, whose neighbour above is that headline; the
     * lines are measured through {@code readings}, which may know some of them already.
     */
    static boolean[] story(final List<String> lines, final int firstStoryLine, final boolean underHeadline,
                           final LineReadings readings) {
        final Page page = measure(lines, firstStoryLine, underHeadline, readings);
        if (!page.anyGood()) {
            final boolean[] story = new boolean[lines.size()];
            for (int i = 0; i < story.length; i++) {
                story[i] = !page.isBlank(i) && lines.get(i) != null && i >= firstStoryLine;
            }
            return story;
        }
        return LineModel.standard().story(page);
    }

    /**
     * The lines of a text copy measured one by one, and the verdict of the two passes and the run on them.
     *
     * @param features       each line's measures; null for a blank line, a line a rule removed or one above the
     *                       headline
     * @param classes        each line's context-free class ({@link #classOf}); {@code BAD} for lines without features
     * @param heuristicStory which lines the neighbour passes and the run keep
     * @param storyDistance  lines from each line to the nearest of those; the page's length when there is none
     * @param firstStory     the first of those, or -1
     * @param lastStory      the last of those, or -1
     * @param anyGood        some line is {@code GOOD} on its own: without one the page is left to the rules
     */
    record Page(List<String> lines, LineFeatures[] features, LineClass[] classes, double[] weights,
                double[] gapCosts, boolean[] heuristicStory, int[] storyDistance, int firstStory, int lastStory,
                boolean anyGood) {

        boolean isBlank(final int i) {
            return classes[i] == LineClass.BLANK;
        }
    }

    static Page measure(final List<String> lines, final int firstStoryLine, final WordClasses words) {
        return measure(lines, firstStoryLine, false, new LineReadings(words));
    }

    static Page measure(final List<String> lines, final int firstStoryLine, final boolean underHeadline,
                        final LineReadings readings) {
        final LineClass[] classes = new LineClass[lines.size()];
        final LineFeatures[] features = new LineFeatures[lines.size()];
        final double[] weights = new double[lines.size()];
        final double[] gapCosts = new double[lines.size()];
        boolean anyGood = false;
        for (int i = 0; i < classes.length; i++) {
            final String line = lines.get(i);
            if (line != null && line.isEmpty()) {
                classes[i] = LineClass.BLANK;
                continue;
            }
            if (line == null || i < firstStoryLine) {
                classes[i] = LineClass.BAD;
                gapCosts[i] = 1;
                continue;
            }
            features[i] = readings.of(line);
            classes[i] = classOf(features[i]);
            weights[i] = line.length() * Math.max(0, 1 - CONTROL_WORD_DISCOUNT * features[i].controlShare());
            gapCosts[i] = gapCost(classes[i], features[i]);
            anyGood |= classes[i] == LineClass.GOOD;
        }
        dropExcerptLists(lines, features, classes, gapCosts);
        final int lead = underHeadline ? firstLine(lines, firstStoryLine) : -1;
        if (lead >= 0 && (classes[lead] == LineClass.SHORT || classes[lead] == LineClass.BAD)) {
            // a date in the lead ("CHICAGO, April 3 - ...", "exploded today") is its dateline, not a list's time stamp
            final LineFeatures leadFeatures = features[lead];
            if (leadFeatures.endsSentence() && leadFeatures.words() >= MIN_LEAD_WORDS
                    && leadFeatures.letterShare() >= MIN_LETTER_SHARE
                    && leadFeatures.controlShare() <= MAX_CONTROL_SHARE) {
                classes[lead] = LineClass.NEAR_GOOD;
            }
        }
        final boolean[] story = new boolean[classes.length];
        if (anyGood) {
            final LineClass[] decided = classes.clone();
            decide(decided, LineClass.NEAR_GOOD, false);
            decide(decided, LineClass.SHORT, true);
            keepMainRun(weights, gapCosts, decided, story);
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < story.length; i++) {
            first = story[i] && first < 0 ? i : first;
            last = story[i] ? i : last;
        }
        return new Page(lines, features, classes, weights, gapCosts, story, distances(story), first, last, anyGood);
    }

    /**
     * A list of other stories prints each one's opening cut to a length, so long lines that trail off in an ellipsis
     * ({@link SentenceShape#trailsOff}) come in runs of their own; a writer trails off now and then, not in line after
     * line. A {@code GOOD} line that trails off and whose nearest long line above or below does too is an excerpt; the
     * excerpts become chrome ({@code BAD}, a whole line of gap) when the page's other {@code GOOD} lines weigh at least
     * {@link #EXCERPTS_SHARE} of them, so that they neither join the story's run nor win it.
     */
    private static void dropExcerptLists(final List<String> lines, final LineFeatures[] features,
                                         final LineClass[] classes, final double[] gapCosts) {
        double excerptChars = 0;
        double otherChars = 0;
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] == LineClass.GOOD) { // a GOOD line of spaced prose is LONG_CHARS long
                if (isExcerpt(lines, features, i)) {
                    excerptChars += features[i].chars();
                } else {
                    otherChars += features[i].chars();
                }
            }
        }
        if (excerptChars == 0 || otherChars < EXCERPTS_SHARE * excerptChars) {
            return;
        }
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] == LineClass.GOOD && isExcerpt(lines, features, i)) {
                classes[i] = LineClass.BAD;
                gapCosts[i] = 1;
            }
        }
    }

    /** Whether line {@code i} trails off, and so does the nearest long line above or below it. */
    private static boolean isExcerpt(final List<String> lines, final LineFeatures[] features, final int i) {
        return SentenceShape.trailsOff(lines.get(i))
                && (trailsOff(lines, nearestLong(features, i, -1)) || trailsOff(lines, nearestLong(features, i, 1)));
    }

    private static boolean trailsOff(final List<String> lines, final int i) {
        return i >= 0 && SentenceShape.trailsOff(lines.get(i));
    }

    /** The nearest line of {@link #LONG_CHARS}+ characters from {@code from} in direction {@code step}, or -1. */
    private static int nearestLong(final LineFeatures[] features, final int from, final int step) {
        for (int j = from + step; j >= 0 && j < features.length; j += step) {
            if (features[j] != null && features[j].chars() >= LONG_CHARS) {
                return j;
            }
        }
        return -1;
    }

    private static int[] distances(final boolean[] story) {
        final int[] distance = new int[story.length];
        int last = -story.length;
        for (int i = 0; i < story.length; i++) {
            last = story[i] ? i : last;
            distance[i] = Math.min(story.length, i - last);
        }
        last = 2 * story.length;
        for (int i = story.length - 1; i >= 0; i--) {
            last = story[i] ? i : last;
            distance[i] = Math.min(distance[i], last - i);
        }
        return distance;
    }

    /** The first line at or after {@code from}, blanks passed over, or -1 (none, or a rule removed it). */
    private static int firstLine(final List<String> lines, final int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i) == null || !lines.get(i).isEmpty()) {
                return lines.get(i) == null ? -1 : i;
            }
        }
        return -1;
    }

    static LineClass classOf(final String line, final WordClasses words) {
        return line.isEmpty() ? LineClass.BLANK : classOf(LineFeatures.of(line, words));
    }

    static LineClass classOf(final LineFeatures f) {
        if (f.relativeTime() || f.notice() || f.letterShare() < MIN_LETTER_SHARE
                || ((f.controlShare() > MAX_CONTROL_SHARE || f.pointer()) && f.chars() < CONTROL_LINE_CHARS)) {
            return LineClass.BAD;
        }
        if (f.unspacedLetters() >= UNSPACED_CLAUSE_LETTERS) { // neither the length nor the share below reads these
            return LineClass.GOOD;
        }
        final boolean sentence = f.endsSentence() && f.words() >= MIN_SENTENCE_WORDS
                && f.functionShare() >= SENTENCE_FUNCTION_SHARE;
        if (f.chars() < SHORT_CHARS) {
            return sentence ? LineClass.NEAR_GOOD : LineClass.SHORT;
        }
        if (!sentence && f.functionShare() < PROSE_FUNCTION_SHARE) {
            return LineClass.SHORT;
        }
        return f.chars() >= LONG_CHARS ? LineClass.GOOD : LineClass.NEAR_GOOD;
    }

    /** What the line adds to the chrome between two lines of story, should it not be story itself. */
    private static double gapCost(final LineClass contextFree, final LineFeatures f) {
        if (contextFree != LineClass.BAD) {
            return UNDECIDED_GAP;
        }
        return f.letterShare() < MIN_LETTER_SHARE ? SYMBOLS_GAP : 1;
    }

    /**
     * Turns every line of class {@code undecided} into GOOD or BAD by the nearest decided lines before and after it
     * (the text's edges count as chrome): GOOD when both are good, or, unless {@code needBoth}, when either is.
     */
    private static void decide(final LineClass[] classes, final LineClass undecided, final boolean needBoth) {
        final LineClass[] before = classes.clone();
        for (int i = 0; i < classes.length; i++) {
            if (before[i] != undecided) {
                continue;
            }
            final boolean previousGood = nearestDecided(before, i, -1) == LineClass.GOOD;
            final boolean nextGood = nearestDecided(before, i, 1) == LineClass.GOOD;
            classes[i] = (needBoth ? previousGood && nextGood : previousGood || nextGood) ? LineClass.GOOD : LineClass.BAD;
        }
    }

    private static LineClass nearestDecided(final LineClass[] classes, final int from, final int step) {
        for (int j = from + step; j >= 0 && j < classes.length; j += step) {
            if (classes[j] == LineClass.GOOD || classes[j] == LineClass.BAD) {
                return classes[j];
            }
        }
        return LineClass.BAD;
    }

    private static void keepMainRun(final double[] weights, final double[] gapCosts, final LineClass[] classes,
                                    final boolean[] story) {
        int bestStart = -1;
        int bestEnd = -1;
        double bestChars = -1;
        int start = -1;
        int end = -1;
        double chars = 0;
        double gap = 0;
        for (int i = 0; i <= classes.length; i++) {
            final boolean good = i < classes.length && classes[i] == LineClass.GOOD;
            if (good && start >= 0 && gap <= MAX_GAP) {
                end = i;
                chars += weights[i];
                gap = 0;
                continue;
            }
            if ((good || i == classes.length) && start >= 0 && chars > bestChars) {
                bestStart = start;
                bestEnd = end;
                bestChars = chars;
            }
            if (good) {
                start = i;
                end = i;
                chars = weights[i];
                gap = 0;
            } else if (i < classes.length && classes[i] == LineClass.BAD) {
                gap += gapCosts[i];
            }
        }
        bestEnd = storyEnd(weights, gapCosts, classes, bestStart, bestEnd);
        for (int i = bestStart; i <= bestEnd; i++) {
            story[i] = classes[i] == LineClass.GOOD;
        }
    }

    /**
     * Where the story ends inside its run: the run is cut into parts at every gap of at least {@link #TAIL_GAP}, and
     * after the heaviest part the story goes on only through parts that weigh at least {@link #TAIL_SHARE} of it. A
     * light block of prose under a clear break below the story (a comment, an author's note, other stories' teasers,
     * a comment policy) reads as prose line by line, but a story does not end in a few lines that chrome parts from it.
     * Parts above the heaviest stay: a lead or a standfirst parted from the body by a picture is still the story's.
     */
    private static int storyEnd(final double[] weights, final double[] gapCosts, final LineClass[] classes,
                                final int start, final int end) {
        if (start < 0) {
            return end;
        }
        final int[] partEnds = new int[end - start + 1];
        final double[] partWeights = new double[end - start + 1];
        int parts = 0;
        double gap = 0;
        for (int i = start; i <= end; i++) {
            if (classes[i] == LineClass.GOOD) {
                if (parts == 0 || gap >= TAIL_GAP) {
                    parts++;
                }
                partEnds[parts - 1] = i;
                partWeights[parts - 1] += weights[i];
                gap = 0;
            } else if (classes[i] == LineClass.BAD) {
                gap += gapCosts[i];
            }
        }
        int heaviest = 0;
        for (int p = 1; p < parts; p++) {
            heaviest = partWeights[p] > partWeights[heaviest] ? p : heaviest;
        }
        int last = heaviest;
        while (last + 1 < parts && partWeights[last + 1] >= TAIL_SHARE * partWeights[heaviest]) {
            last++;
        }
        return partEnds[last];
    }
}
