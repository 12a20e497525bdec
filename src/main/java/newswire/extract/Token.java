package newswire.extract;

import java.util.Locale;

/**
 * A word, number or punctuation mark, with its character offsets ({@code end} exclusive) into the text it was read
 * from.
 *
 * @param norm the text in lower case, which is what the lexicon matches
 */
record Token(String text, String norm, int start, int end, Type type) {

    enum Type { WORD, NUMBER, PUNCT }

    static Token of(final String source, final int start, final int end, final Type type) {
        final String text = source.substring(start, end);
        if (text.equals("&")) {
            return new Token(text, "and", start, end, Type.WORD); // notes write "4 injured & 2 missing": a conjunction
        }
        return new Token(text, text.toLowerCase(Locale.ROOT), start, end, type);
    }

    boolean isPunct() {
        return type == Type.PUNCT;
    }

    boolean isNumber() {
        return type == Type.NUMBER;
    }

    boolean isHangul() {
        return !text.isEmpty() && Scripts.isHangul(text.charAt(0));
    }

    /** The article of one person or thing: "a driver", "an officer". */
    boolean isIndefiniteArticle() {
        return norm.equals("a") || norm.equals("an");
    }

    /** A word that begins with a capital: a name's word, or a sentence's first. */
    boolean isCapitalised() {
        return type == Type.WORD && Character.isUpperCase(text.charAt(0));
    }
}
