package newswire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation in one pass, with no regular expressions, so that its time stays
 * linear in the input whatever the input is (a megabyte of digits and commas is one long, unparseable number).
 *
 * <p>Numbers keep their separators ("1,500", "12 000", "1.5", "1만2000", "천2백"); a number glued to Latin letters
 * or to a unit symbol is a word ("82nd", "37-year-old", "10만㏊"), because ordinals, ages, model names and measures
 * are not counts. The possessive "'s" is its own token, so that "Russia's" names Russia.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokenize(final String text, final int from, final int to) {
        final List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            final char c = text.charAt(i);
            if (Scripts.isSpace(c)) {
                i++;
            } else if (Scripts.isDigit(c)) {
                final int end = scanNumber(text, i, to);
                if (end < to && (Scripts.isCasedLetter(text.charAt(end)) || isUnitSymbol(text.charAt(end))
                        || (text.charAt(end) == '-' && end + 1 < to && Scripts.isCasedLetter(text.charAt(end + 1))))) {
                    final int wordEnd = isUnitSymbol(text.charAt(end)) ? end + 1 : scanWord(text, end, to);
                    tokens.add(Token.of(text, i, wordEnd, Token.Type.WORD));
                    i = wordEnd;
                } else {
                    tokens.add(Token.of(text, i, end, Token.Type.NUMBER));
                    i = end;
                }
            } else if (Scripts.isHangul(c)) {
                int end = i;
                while (end < to && Scripts.isHangul(text.charAt(end))) {
                    end++;
                }
                if (isScaleGluedToDigits(text, i, end, to)) {
                    end = scanKoreanScaled(text, end, to); // "천2백 명": one number, 1,200
                    tokens.add(Token.of(text, i, end, Token.Type.NUMBER));
                } else {
                    tokens.add(Token.of(text, i, end, Token.Type.WORD));
                }
                i = end;
            } else if (Character.isLetter(c)) {
                final int end = scanWord(text, i, to);
                if (end - i > 2 && Scripts.isApostrophe(text.charAt(end - 2))
                        && Character.toLowerCase(text.charAt(end - 1)) == 's') {
                    tokens.add(Token.of(text, i, end - 2, Token.Type.WORD));
                    tokens.add(Token.of(text, end - 2, end, Token.Type.WORD));
                } else {
                    tokens.add(Token.of(text, i, end, Token.Type.WORD));
                }
                i = end;
            } else {
                tokens.add(Token.of(text, i, i + 1, Token.Type.PUNCT));
                i++;
            }
        }
        return tokens;
    }

    /** Letters and digits, joined by inner hyphens and apostrophes; "U.S." and "p.m." keep their dots. */
    private static int scanWord(final String text, final int start, final int to) {
        int i = start;
        while (i < to) {
            final char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && !Scripts.isHangul(c)) {
                i++;
            } else if ((c == '-' || Scripts.isApostrophe(c)) && i + 1 < to
                    && Character.isLetterOrDigit(text.charAt(i + 1)) && !Scripts.isHangul(text.charAt(i + 1))) {
                i++;
            } else if (c == '.' && i + 1 < to && Character.isLetter(text.charAt(i + 1)) && i - 1 >= start
                    && Character.isLetter(text.charAt(i - 1)) && (i - 2 < start || !Character.isLetter(text.charAt(i - 2)))) {
                // one letter, a dot and a letter: an initialism such as U.S. or p.m.
                i++;
            } else if (c == '.' && i - 1 > start && text.charAt(i - 2) == '.' && Character.isLetter(text.charAt(i - 1))) {
                // the closing dot of an initialism
                return i + 1;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Digits with thousands separators (a comma or a space before exactly three digits, after a first group of at most
     * three; or the Indian lakh grouping), an optional decimal part, or Korean scale numerals between digits.
     */
    private static int scanNumber(final String text, final int start, final int to) {
        int i = start;
        while (i < to && Scripts.isDigit(text.charAt(i))) {
            i++;
        }
        if (i < to && Scripts.isKoreanScale(text.charAt(i))) {
            return scanKoreanScaled(text, i, to);
        }
        if (i - start <= 2) {
            i = lakhGroups(text, i, to);
        }
        if (i - start <= 3) {
            while (i < to && isGroupSeparator(text.charAt(i)) && threeDigitsAt(text, i + 1, to)) {
                i += 4;
            }
        }
        if (i + 1 < to && text.charAt(i) == '.' && Scripts.isDigit(text.charAt(i + 1))) {
            i++;
            while (i < to && Scripts.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /**
     * Digits and Korean scale numerals run together, from a scale at {@code i}: "3만6500", "40만9천"; the digits after
     * a scale may keep a thousands comma ("28만2,716": 282,716, not 280,002 and a stray 716).
     */
    private static int scanKoreanScaled(final String text, final int start, final int to) {
        int i = start;
        int digitsRun = 0;
        while (i < to) {
            final char c = text.charAt(i);
            if (Scripts.isDigit(c)) {
                digitsRun++;
                i++;
            } else if (Scripts.isKoreanScale(c)) {
                digitsRun = 0;
                i++;
            } else if (c == ',' && digitsRun >= 1 && digitsRun <= 3 && threeDigitsAt(text, i + 1, to)
                    && !(i + 4 < to && Scripts.isDigit(text.charAt(i + 4)))) {
                digitsRun = 3;
                i += 4;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Whether a Hangul run of scale numerals alone is glued to the digits after it, as broadcasters write thousands
     * ("천2백 명", "만5천"): the run opens a number. A word that merely ends in a scale syllable is no numeral.
     */
    private static boolean isScaleGluedToDigits(final String text, final int start, final int end, final int to) {
        for (int k = start; k < end; k++) {
            if (!Scripts.isKoreanScale(text.charAt(k))) {
                return false;
            }
        }
        return end < to && Scripts.isDigit(text.charAt(end)) && (start == 0 || !Scripts.isDigit(text.charAt(start - 1)));
    }

    /**
     * Whether a character is a unit written as one symbol (the CJK squared units ㏊, ㎞, ㎡, ㎏, U+3380-U+33DF): a
     * number glued to one is a measure ("10만㏊"), not a count.
     */
    private static boolean isUnitSymbol(final char c) {
        return c >= '\u3380' && c <= '\u33DF';
    }

    /**
     * The Indian grouping after a first group of one or two digits: pairs of digits, each after a comma, up to the
     * last group of three ("1,97,666", "28,25,140"): where the number ends, else {@code i} unchanged.
     */
    private static int lakhGroups(final String text, final int i, final int to) {
        int j = i;
        while (j + 3 < to && text.charAt(j) == ',' && Scripts.isDigit(text.charAt(j + 1))
                && Scripts.isDigit(text.charAt(j + 2)) && text.charAt(j + 3) == ',') {
            j += 3;
        }
        return j > i && threeDigitsAt(text, j + 1, to) ? j + 4 : i;
    }

    private static boolean isGroupSeparator(final char c) {
        return c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean threeDigitsAt(final String text, final int at, final int to) {
        if (at + 3 > to) {
            return false;
        }
        for (int k = at; k < at + 3; k++) {
            if (!Scripts.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return at + 3 == to || !Scripts.isDigit(text.charAt(at + 3));
    }
}
