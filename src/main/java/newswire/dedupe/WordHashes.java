package newswire.dedupe;

import java.util.Arrays;

/**
 * The word hashes {@link SimHash} folds, taken by a caller that reads the text's characters anyway: the cleaner
 * lower-cases every letter and digit of every paragraph for its comparison key, and reading the story a second time
 * only to hash its words was a tenth of its time. Fed the lower-cased letters and digits of a text in order, and told
 * where each run of them ends, it holds what {@link Words#of} would hash of that text. Mutable; one per article.
 */
public final class WordHashes {

    private long[] hashes = new long[64];
    private int count;
    private long current = Words.FNV_OFFSET;
    private boolean inWord;

    /** Adds a letter or digit, lower-cased as {@link newswire.text.WordChars#lower} gives it, to the current word. */
    public void add(final int lowerCodePoint) {
        current = Words.fnv1a64(current, lowerCodePoint);
        inWord = true;
    }

    /** Ends the current word, if a letter or digit began one. */
    public void endWord() {
        if (!inWord) {
            return;
        }
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = current;
        current = Words.FNV_OFFSET;
        inWord = false;
    }

    /** The words ended so far. */
    public int count() {
        return count;
    }

    /** Forgets the words after the first {@code words}: a text read for its key and then left out of the story. */
    public void keepFirst(final int words) {
        count = Math.min(count, words);
        current = Words.FNV_OFFSET;
        inWord = false;
    }

    /**
     * The array the hashes are kept in: the first {@link #count()} of it are the words', in order. Not a copy: the
     * fingerprint reads them where they are.
     */
    long[] hashesUnder() {
        return hashes;
    }
}
