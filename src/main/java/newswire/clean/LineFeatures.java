package newswire.clean;

import java.util.regex.Pattern;
import newswire.text.WordChars;

/**
 * What a line of a text copy is, measured rather than matched: its length, the share of its words that are function
 * words or control words ({@link WordClasses}), its share of letters, whether it ends a sentence ({@link SentenceShape}), and whether it is a
 * relative time ("3 hours ago", "5분 전"), the stamp of a list of other stories. Computed in one pass over the line.
 *
 * @param chars          length of the line
 * @param words          words with at least one letter
 * @param functionShare  share of those words that are function words: a third or more in running prose
 * @param controlShare   share that name links, buttons and sections ("share", "sign", "menu", "로그인")
 * @param letterShare    letters over all characters: low in rows of numbers, symbols and bullets
 * @param endsSentence   the line ends as a sentence does (".", "?", "!", a closing quote after one, Korean "다")
 * @param relativeTime   the line states a time relative to now ("1 hour ago")
 * @param controlsOnly   the line names controls and nothing else: every word is a control or function word, the first
 *                       is a control word and control words are at least as many as the others ("Share on Facebook",
 *                       "Read more", "공유하기", "Advertisement"), so a button, a label or a row of them on any site
 * @param digitShare     digits over all characters: high in dates, scores, prices and page numbers
 * @param capitalShare   share of the words that open with a capital: high in menus and headlines ("Most Read"), low in
 *                       prose
 * @param personShare    share of the words that are first- or second-person ("you", "your", "I", "저는"): a page
 *                       addressing its reader, a comment, an author's note
 * @param pointer        the line opens with a label of at most {@value #MAX_POINTER_LABEL_WORDS} control and function
 *                       words that ends in a control word, then a colon or a bar, then more ("Read more: …", "Watch
 *                       live: …", "Up next: …", "관련기사: …"): a pointer to another page, whatever follows it
 * @param notice         the line is the page's notice about itself: it points at the page or site ("this site", "our
 *                       content", "this Web site", "본 사이트") and speaks of its use in a licence's words ("terms",
 *                       "copyright", "may not be reproduced"), as terms-of-use, reprint and disclaimer lines do
 * @param unspacedLetters letters of scripts written without spaces ({@link WordChars#isUnspacedLetter}): a Chinese or
 *                       Japanese line counts as one word, its length in these letters is what its words are
 */
record LineFeatures(int chars, int words, double functionShare, double controlShare, double letterShare,
                    boolean endsSentence, boolean relativeTime, boolean controlsOnly, double digitShare,
                    double capitalShare, double personShare, boolean pointer, boolean notice,
                    int unspacedLetters) {

    /** A pointer's label is a phrase ("Read more", "Watch live", "Most popular"), not a clause. */
    static final int MAX_POINTER_LABEL_WORDS = 4;

    /** Only short lines are searched for a relative time: in a long one it is part of a sentence. */
    private static final int MAX_TIME_STAMP_CHARS = 60;
    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "\\b\\d{1,3}\\s?(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|years?)\\s(ago)\\b"
                    + "|\\d{1,3}\\s?(초|분|시간|일|주|개월|달|년)\\s?전",
            Pattern.CASE_INSENSITIVE);

    static LineFeatures of(final String line, final WordClasses classes) {
        return of(line, classes, new char[line.length()]);
    }

    /**
     * As {@link #of(String, WordClasses)}, reading the line in {@code buffer}, which must hold it: the line is copied
     * there in one go and each word lower-cased where it lies, so a word is looked up without a copy of its own, and
     * the loop reads an array, not the {@code String} character by character.
     */
    static LineFeatures of(final String line, final WordClasses classes, final char[] buffer) {
        final int chars = line.length();
        line.getChars(0, chars, buffer, 0);
        int words = 0;
        int function = 0;
        int control = 0;
        int content = 0;
        boolean opensWithControl = false;
        int letters = 0;
        int unspacedLetters = 0;
        // The word being read: where it starts in the buffer, and its length and String hash code up to its last
        // letter or digit, so the joiners that may trail it ("rock-", "students'") are left out without a second pass.
        int wordStart = 0;
        int length = 0;
        int hash = 0;
        int lengthToLetter = 0;
        int hashToLetter = 0;
        boolean wordHasLetter = false;
        int digits = 0;
        int capitalised = 0;
        boolean wordOpensWithCapital = false;
        int person = 0;
        // The label before a colon: open while every word so far is a control or function word.
        boolean labelOpen = true;
        boolean labelEndsWithControl = false;
        int labelEnd = -1;
        // The classes of the two words before this one: "this" + "site", "this" + "web" + "site".
        int previousClass = 0;
        int beforePreviousClass = 0;
        boolean pointsAtPage = false;
        boolean licence = false;
        for (int i = 0; i <= chars; i++) {
            final char c = i < chars ? buffer[i] : ' ';
            final int lower = WordChars.lower(c);
            final boolean letter = lower >= 0
                    && (c >= 0x80 ? WordChars.isHangulSyllable(c) || Character.isLetter(c) : lower > '9');
            if (letter) {
                letters++;
                unspacedLetters += c >= 0x80 && WordChars.isUnspacedLetter(c) ? 1 : 0;
            } else if (lower >= 0) {
                digits++;
            }
            if (lower >= 0 || (isJoiner(c) && length > 0)) {
                if (length == 0) {
                    wordStart = i;
                    wordOpensWithCapital = !WordChars.isHangulSyllable(c) && Character.isUpperCase(c);
                }
                final char folded = lower >= 0 ? (char) lower : c;
                buffer[i] = folded;
                hash = 31 * hash + folded;
                length++;
                if (lower >= 0) {
                    lengthToLetter = length;
                    hashToLetter = hash;
                }
                wordHasLetter |= letter;
                continue;
            }
            if (wordHasLetter) {
                final int wordClass = classes.classOf(buffer, wordStart, lengthToLetter, hashToLetter);
                opensWithControl |= words == 0 && (wordClass & WordClasses.CONTROL) != 0;
                words++;
                function += (wordClass & WordClasses.FUNCTION) != 0 ? 1 : 0;
                control += (wordClass & WordClasses.CONTROL) != 0 ? 1 : 0;
                content += (wordClass & (WordClasses.FUNCTION | WordClasses.CONTROL)) == 0 ? 1 : 0;
                capitalised += wordOpensWithCapital ? 1 : 0;
                person += (wordClass & WordClasses.PERSON) != 0 ? 1 : 0;
                labelOpen &= (wordClass & (WordClasses.FUNCTION | WordClasses.CONTROL)) != 0
                        && words <= MAX_POINTER_LABEL_WORDS;
                labelEndsWithControl = (wordClass & WordClasses.CONTROL) != 0;
                pointsAtPage |= (wordClass & WordClasses.MEDIUM) != 0
                        && ((previousClass & WordClasses.POINTING) != 0 || (previousClass & WordClasses.MEDIUM) != 0
                        && (beforePreviousClass & WordClasses.POINTING) != 0);
                licence |= (wordClass & WordClasses.LICENCE) != 0;
                beforePreviousClass = previousClass;
                previousClass = wordClass;
            }
            if (labelOpen && labelEnd < 0 && words > 0 && (c == ':' || c == '：' || c == '|')) {
                labelEnd = labelEndsWithControl ? i : line.length();
                labelOpen = false;
            }
            wordOpensWithCapital = false;
            length = 0;
            hash = 0;
            wordHasLetter = false;
        }
        final int n = Math.max(1, words);
        // A time stamp has a number and "ago" or "전": most lines are not searched at all.
        final boolean relative = digits > 0 && line.length() <= MAX_TIME_STAMP_CHARS && saysAgo(line)
                && RELATIVE_TIME.matcher(line).find();
        return new LineFeatures(chars, words, (double) function / n, (double) control / n,
                line.isEmpty() ? 0 : (double) letters / line.length(), SentenceShape.endsSentence(line), relative,
                opensWithControl && content == 0 && 2 * control >= words,
                line.isEmpty() ? 0 : (double) digits / line.length(), (double) capitalised / n,
                (double) person / n, labelEnd >= 0 && hasLetterAfter(line, labelEnd), pointsAtPage && licence,
                unspacedLetters);
    }

    private static boolean hasLetterAfter(final String line, final int from) {
        for (int i = from + 1; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line has "ago" (in any case) or "전", one of which every match of {@link #RELATIVE_TIME} has: a short
     * line with a number (a date, a score, a byline's time) was searched with the pattern for nothing.
     */
    private static boolean saysAgo(final String line) {
        if (line.indexOf('전') >= 0) {
            return true;
        }
        for (int i = 0; i + 3 <= line.length(); i++) {
            if (line.regionMatches(true, i, "ago", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJoiner(final char c) {
        return c == '\'' || c == '’' || c == '-';
    }
}
