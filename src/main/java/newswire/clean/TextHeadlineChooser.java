package newswire.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import newswire.text.WordChars;

/**
 * Chooses the headline of a text copy from evidence rather than taking its first line: a page's copy opens with menus,
 * and a portal's may open with a related story's headline. A candidate is a line shaped like a headline above the
 * story (a few words, mostly letters, few symbols, not a row of controls, a pointer, a notice or a photo caption, not a
 * paragraph); it gains for each piece of evidence that it heads this story: a byline or a date under it with no longer
 * candidate between, and the words it shares with the first paragraph after it; among lines with evidence, a
 * headline's length ranks above a label's. Where no candidate has any evidence, the first candidate is the title, as a
 * plain "title, then story" text prints it.
 */
final class TextHeadlineChooser {

    /**
     * Lines searched for the headline. A page's copy can open with a hundred and more lines of menus, sections and
     * trending links before its headline; the search stops anyway where the story under the best candidate begins.
     */
    static final int SEARCH_LINES = 400;
    static final int MAX_TITLE_CHARS = 300;
    /** Headlines rarely run to this many words; a line this long with a clause's function words is a sentence. */
    static final int MAX_HEADLINE_WORDS = 12;
    /**
     * Letters of a script written without spaces from which a line is a clause: its words cannot be counted, and the
     * headlines of the Chinese and Japanese pages run to fewer (a list of other posts' titles to 27), most lines of their
     * stories to more.
     */
    static final int CLAUSE_UNSPACED_LETTERS = 30;
    /** Function-word share of a clause ("… left one dead, four injured, and damage to property"). */
    static final double CLAUSE_FUNCTION_SHARE = 0.25;
    /**
     * Lines of prose after which, with no candidate evidenced yet, the story is under way: tickers and teasers above a
     * headline run to fewer.
     */
    static final int STORY_LINES = 10;
    /** Lines looked at under a candidate for its byline or date, as portals print them. */
    static final int CREDIT_LINES = 3;
    /** Lines looked at under a candidate for the first paragraph of its story, past a row of share buttons. */
    static final int LEAD_LINES = 40;
    /** A byline or date right under the line is the strongest sign of a headline. */
    static final double CREDIT_WEIGHT = 2.0;
    /** Weight of the candidate's words found in the first paragraph under it, full at {@value #LEAD_WORDS} words. */
    static final double LEAD_WEIGHT = 2.0;
    /**
     * Subject words a headline shares with its lead when it surely heads it. Counted rather than taken as a share of
     * the candidate's words: a section label ("Apple") over a story about Apple shares its one word, all of itself.
     */
    static final int LEAD_WORDS = 3;
    /**
     * Words from which a line reads as a headline rather than a label: section names, menu entries and author names
     * run to one to three ("Opinion", "Business & Finance", "Jane Roe"), headlines to more.
     */
    static final int HEADLINE_WORDS = 4;
    /** What a headline's length adds to the evidence for it: less than a credit or a shared word, a tie-breaker. */
    static final double HEADLINE_LENGTH_WEIGHT = 0.5;
    /**
     * Evidence at which the search stops: a credit under the line and a lead that repeats {@value #LEAD_WORDS} of its
     * words (the lead alone, a date alone or a long label with some of both runs on to the line that has them all).
     */
    static final double CONVINCING = CREDIT_WEIGHT + LEAD_WEIGHT;
    /** Words shorter than this (and function words) say nothing about a story's subject. */
    private static final int MIN_SUBJECT_WORD_CHARS = 3;
    private static final int MAX_CREDIT_CHARS = 160;
    /**
     * Headlines are words: of the 2,201 gold headlines of the development pages' HTML one ("S.O.N.") is 30 % or more
     * punctuation and symbols, while "[INS:[INS::INS]:INS]", what a copy keeps of an ad slot, is 40 %.
     */
    private static final double MAX_SYMBOL_SHARE = 0.3;

    private TextHeadlineChooser() {
    }

    /**
     * @param couldBeTitle false for lines the policy knows as chrome
     * @return the index of the headline in {@code lines}, or -1 when no line has a headline's shape
     */
    static int choose(final String[] lines, final Predicate<String> couldBeTitle, final WordClasses words) {
        return headline(lines, couldBeTitle, new LineReadings(words)).line();
    }

    /**
     * The headline's line, and whether a byline or a date under it vouches for it (words shared with the lead alone
     * also pick subheadings inside a story).
     */
    record Headline(int line, boolean evidenced) {
    }

    /** @param readings the lines' features, measured once for this chooser and the stages after it */
    static Headline headline(final String[] lines, final Predicate<String> couldBeTitle, final LineReadings readings) {
        final Evidence evidence = new Evidence(lines, readings);
        int first = -1;
        int best = -1;
        double bestScore = 0;
        boolean bestCredited = false;
        int proseLines = 0;
        final int end = Math.min(lines.length, SEARCH_LINES);
        for (int i = 0; i < end; i++) {
            if (best >= 0 && evidence.isProse(i)) {
                // The story under the best candidate has begun: headlines further down belong to other stories.
                break;
            }
            if (best < 0 && isClause(readings.of(lines[i])) && ++proseLines >= STORY_LINES) {
                // With no candidate evidenced yet, this many lines of prose are the story itself, under a headline
                // evidence missed (or wrapped at a width, as old pages' copies are): a line further down is one of its
                // subheadings or the chrome under it.
                break;
            }
            if (!shapedLikeHeadline(lines[i], readings) || !couldBeTitle.test(lines[i])) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            final boolean credited = evidence.creditFollows(i, couldBeTitle);
            final double evidenced = (credited ? CREDIT_WEIGHT : 0) + LEAD_WEIGHT * evidence.leadOverlap(i);
            // Shape only ranks lines that evidence points at: it alone would crown the longest menu entry. A headline
            // has no full stop; a sentence of a story or a deck has.
            final LineFeatures shape = readings.of(lines[i]);
            final double score = evidenced > 0 && shape.words() >= HEADLINE_WORDS && !shape.endsSentence()
                    ? evidenced + HEADLINE_LENGTH_WEIGHT : evidenced;
            if (score > bestScore) {
                best = i;
                bestScore = score;
                bestCredited = credited;
                if (score >= CONVINCING) {
                    break;
                }
            }
        }
        return best >= 0 ? new Headline(best, bestCredited) : new Headline(first, false);
    }

    /**
     * A headline is one short statement: a few words, mostly letters, not a row of controls, and not prose (more
     * than one sentence, a long sentence with its full stop, or a long line dense in function words, as a story's
     * paragraph or a reader's comment is).
     */
    static boolean shapedLikeHeadline(final String line, final LineReadings readings) {
        if (line.isEmpty() || line.length() > MAX_TITLE_CHARS) {
            return false;
        }
        final LineFeatures f = readings.of(line);
        return f.words() >= 1 && !f.relativeTime() && f.letterShare() >= StoryLines.MIN_LETTER_SHARE
                && f.controlShare() <= StoryLines.MAX_CONTROL_SHARE && !f.controlsOnly() && !f.pointer()
                && !f.notice() && !SentenceShape.hasInnerBreak(line) && !isPhotoCaption(line)
                && symbolShare(line) < MAX_SYMBOL_SHARE && !SentenceShape.trailsOff(line)
                && !(f.endsSentence() && f.words() >= MAX_HEADLINE_WORDS)
                && !(f.chars() >= StoryLines.LONG_CHARS && f.functionShare() >= StoryLines.PROSE_FUNCTION_SHARE);
    }

    /**
     * Whether a line taken for a headline reads as prose instead: it ends or holds a sentence, or it is a clause
     * longer than headlines run ({@value #MAX_HEADLINE_WORDS}+ words with a sentence's share of function words, or
     * {@value #CLAUSE_UNSPACED_LETTERS}+ letters of a script written without spaces).
     */
    static boolean readsAsProse(final String line, final WordClasses words) {
        if (SentenceShape.endsSentence(line.strip()) || SentenceShape.hasInnerBreak(line)) {
            return true;
        }
        return isClause(LineFeatures.of(line, words));
    }

    /**
     * A clause's length in words and its share of function words, or in letters where words are not spaced: a
     * paragraph, or a line of one wrapped at a width.
     */
    private static boolean isClause(final LineFeatures f) {
        return f.words() >= MAX_HEADLINE_WORDS && f.functionShare() >= CLAUSE_FUNCTION_SHARE
                || f.unspacedLetters() >= CLAUSE_UNSPACED_LETTERS;
    }

    /**
     * A credited photo caption: its credit alone, a credit in capitals ("… before the rains [CITY HALL]"), or a Hangul
     * name after a finished sentence ("… 살펴보고 있다. [연합뉴스]") or as "(사진=…)". A Korean headline ends in a name in
     * square brackets too, its portal's or programme's ("… 2명 다쳐 [포크뉴스]"), but after no full stop.
     */
    private static boolean isPhotoCaption(final String line) {
        return CaptionParser.parse(line)
                .map(caption -> caption.text().isEmpty() || !line.strip().endsWith("]")
                        || !WordChars.isHangulSyllable(caption.credit().codePointAt(0))
                        || SentenceShape.endsSentence(caption.text()))
                .orElse(false);
    }

    /** Punctuation and symbols over all characters: the marks left of an ad slot or a widget, not a headline's. */
    private static double symbolShare(final String line) {
        int symbols = 0;
        for (int i = 0; i < line.length(); i++) {
            final char c = line.charAt(i);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
                symbols++;
            }
        }
        return (double) symbols / line.length();
    }

    /** What the lines of one text say about each other, each line judged once however many candidates ask. */
    private static final class Evidence {

        private final String[] lines;
        private final LineReadings readings;
        private final StoryLines.LineClass[] classes;
        private final Boolean[] credits;
        private final List<String[]> subjects;

        Evidence(final String[] lines, final LineReadings readings) {
            this.lines = lines;
            this.readings = readings;
            this.classes = new StoryLines.LineClass[lines.length];
            this.credits = new Boolean[lines.length];
            this.subjects = new ArrayList<>(Collections.nCopies(lines.length, null));
        }

        boolean isProse(final int i) {
            if (lines[i].length() < StoryLines.LONG_CHARS) {
                return false;
            }
            if (classes[i] == null) {
                classes[i] = StoryLines.classOf(readings.of(lines[i]));
            }
            return classes[i] == StoryLines.LineClass.GOOD;
        }

        /**
         * Whether a byline or a date follows the candidate before a longer line that could be the headline (not a
         * sentence with its full stop, as a deck or a story's first line is): a credit
         * vouches for the headline right above it, not for the section label over that, while an author's name or
         * title between a headline and its date ("Jane Roe, Staff Writer") is shorter than the headline.
         */
        boolean creditFollows(final int candidate, final Predicate<String> couldBeTitle) {
            int seen = 0;
            for (int j = candidate + 1; j < lines.length && seen < CREDIT_LINES; j++) {
                if (lines[j].isEmpty()) {
                    continue;
                }
                seen++;
                if (credits[j] == null) {
                    credits[j] = lines[j].length() <= MAX_CREDIT_CHARS
                            && (readings.credit(lines[j]).isPresent()
                            || PublicationTimeParser.findPrinted(lines[j]).isPresent());
                }
                if (credits[j]) {
                    return true;
                }
                final LineFeatures between = readings.of(lines[j]);
                if (between.words() > readings.of(lines[candidate]).words() && !between.endsSentence()
                        && shapedLikeHeadline(lines[j], readings) && couldBeTitle.test(lines[j])) {
                    return false;
                }
            }
            return false;
        }

        /** The candidate's subject words that the first prose line under it uses too, up to {@value #LEAD_WORDS}. */
        double leadOverlap(final int candidate) {
            for (int j = candidate + 1; j < lines.length && j <= candidate + LEAD_LINES; j++) {
                if (isProse(j)) {
                    final String[] subject = subjectWords(candidate);
                    return subject.length == 0 ? 0
                            : (double) Math.min(LEAD_WORDS, usedIn(subject, lines[j], readings.words())) / LEAD_WORDS;
                }
            }
            return 0;
        }

        private String[] subjectWords(final int line) {
            if (subjects.get(line) == null) {
                subjects.set(line, TextHeadlineChooser.subjectWords(lines[line], readings.words())
                        .toArray(String[]::new));
            }
            return subjects.get(line);
        }
    }

    /**
     * How many of {@code subject} (distinct {@link #subjectWords}) are subject words of {@code lead} too. The lead is a
     * paragraph, the subject a headline's few words: a word of the lead made only of ASCII is compared with them where
     * it lies, lower-cased as it is read, rather than copied, lower-cased and hashed into a set of the lead's words
     * (which cost a third of choosing the headline); any other word is read as {@link #subjectWords} reads it.
     */
    private static int usedIn(final String[] subject, final String lead, final WordClasses words) {
        final boolean[] used = new boolean[subject.length];
        int count = 0;
        int start = -1;
        boolean ascii = true;
        for (int i = 0; i <= lead.length(); i++) {
            final char c = i < lead.length() ? lead.charAt(i) : ' ';
            final boolean wordChar = i < lead.length() && Character.isLetterOrDigit(c);
            if (wordChar) {
                start = start < 0 ? i : start;
                ascii &= c < 0x80;
                continue;
            }
            if (start < 0) {
                continue;
            }
            final int found = ascii ? asciiWordIn(subject, lead, start, i) : wordIn(subject, lead, start, i, words);
            if (found >= 0 && !used[found]) {
                used[found] = true;
                count++;
            }
            start = -1;
            ascii = true;
        }
        return count;
    }

    /**
     * The index in {@code subject} of the ASCII word {@code lead[start, end)} lower-cased, or -1. Subject words are not
     * function words, so a word equal to one is not either.
     */
    private static int asciiWordIn(final String[] subject, final String lead, final int start, final int end) {
        final int length = end - start;
        if (length < MIN_SUBJECT_WORD_CHARS) {
            return -1;
        }
        for (int s = 0; s < subject.length; s++) {
            if (subject[s].length() == length && equalsLowerCased(subject[s], lead, start)) {
                return s;
            }
        }
        return -1;
    }

    private static boolean equalsLowerCased(final String lowerCase, final String text, final int start) {
        for (int k = 0; k < lowerCase.length(); k++) {
            final char c = text.charAt(start + k);
            if (lowerCase.charAt(k) != (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)) {
                return false;
            }
        }
        return true;
    }

    /** The index in {@code subject} of the subject word {@code lead[start, end)} makes, if it makes one, or -1. */
    private static int wordIn(final String[] subject, final String lead, final int start, final int end,
                              final WordClasses words) {
        final String word = subjectWord(lead.substring(start, end), words);
        for (int s = 0; word != null && s < subject.length; s++) {
            if (subject[s].equals(word)) {
                return s;
            }
        }
        return -1;
    }

    private static Set<String> subjectWords(final String line, final WordClasses words) {
        final Set<String> subject = new HashSet<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            final boolean wordChar = i < line.length() && Character.isLetterOrDigit(line.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                final String word = subjectWord(line.substring(start, i), words);
                if (word != null) {
                    subject.add(word);
                }
                start = -1;
            }
        }
        return subject;
    }

    /** The subject word a word of a line stands for, or null when it says nothing of a subject. */
    private static String subjectWord(final String word, final WordClasses words) {
        final String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < MIN_SUBJECT_WORD_CHARS || words.isFunctionWord(lower)) {
            return null;
        }
        // Korean attaches particles: compare stems of two syllables, enough to match 북한군 with 북한군이.
        return TextNormalizer.containsHangul(lower) ? lower.substring(0, 2) : lower;
    }
}
