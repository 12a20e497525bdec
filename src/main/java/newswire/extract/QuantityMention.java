package newswire.extract;

import newswire.model.Quantity;

/**
 * A number phrase read from a sentence: tokens {@code first} to {@code last} (inclusive, with its qualifiers), what it
 * says, and, for Korean, the class of the counter after it ({@code person} for 명, {@code weapons} for 발), else null.
 *
 * @param singular whether it is the article "a" or "an" read as one ("a pastoralist was killed"): such a number only
 *                 counts the noun phrase right after it, and only a predicate in its grammatical place says what
 *                 happened to it
 */
record QuantityMention(int first, int last, Quantity quantity, String counter, boolean singular) {
}
