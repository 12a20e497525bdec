package newswire.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences in one pass: at line breaks, and at a full stop, question or exclamation mark followed by
 * space and something other than a lower-case letter, unless the word before the stop is an abbreviation ("Oct.",
 * "U.S.", "Gen.") or a single initial. Korean sentences end the same way ("밝혔다. 국정원에"), and also where a
 * portal's copy has lost the space between them ("밝혔다.국정원에"): a stop between two Hangul syllables ends a
 * sentence, as no Korean abbreviation or number is written that way.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt",
            "maj", "adm", "rep", "sen", "gov", "pres", "prof", "st", "no", "vs", "etc", "inc", "corp", "co", "jr", "sr",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est");
    /** How far back to look for the word before a stop: long enough for any abbreviation, short enough to stay linear. */
    private static final int WORD_LOOKBACK = 12;

    private SentenceSplitter() {
    }

    static List<Sentence> split(final String body, final int paragraphOffset) {
        final List<Sentence> sentences = new ArrayList<>();
        int paragraph = paragraphOffset;
        int start = 0;
        int i = 0;
        while (i < body.length()) {
            final char c = body.charAt(i);
            if (c == '\n') {
                add(sentences, body, start, i, paragraph);
                if (i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    paragraph++;
                }
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(body, i)) {
                int end = i + 1;
                while (end < body.length() && isCloser(body.charAt(end))) {
                    end++;
                }
                add(sentences, body, start, end, paragraph);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        add(sentences, body, start, body.length(), paragraph);
        return sentences;
    }

    private static boolean isCloser(final char c) {
        return c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean endsSentence(final String body, final int stop) {
        int next = stop + 1;
        while (next < body.length() && isCloser(body.charAt(next))) {
            next++;
        }
        if (next < body.length() && !Scripts.isSpace(body.charAt(next))) {
            return stop > 0 && Scripts.isHangul(body.charAt(stop - 1)) && Scripts.isHangul(body.charAt(next));
        }
        while (next < body.length() && body.charAt(next) == ' ') {
            next++;
        }
        if (next < body.length() && Character.isLowerCase(body.charAt(next))) {
            return false;
        }
        if (body.charAt(stop) != '.') {
            return true;
        }
        int wordStart = stop;
        while (wordStart > 0 && stop - wordStart < WORD_LOOKBACK
                && (Character.isLetter(body.charAt(wordStart - 1)) || body.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        final String word = body.substring(wordStart, stop);
        if (word.isEmpty() || Scripts.isHangul(word.charAt(word.length() - 1))) {
            return true;
        }
        return word.length() > 1 && !word.contains(".") && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(final List<Sentence> sentences, final String body, final int from, final int to,
                            final int paragraph) {
        int start = from;
        int end = to;
        while (start < end && Scripts.isSpace(body.charAt(start))) {
            start++;
        }
        while (end > start && Scripts.isSpace(body.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Sentence(body.substring(start, end), start, end, paragraph,
                    Tokenizer.tokenize(body, start, end)));
        }
    }
}
