package newswire.dedupe;

import java.util.Arrays;

/**
 * The word hashes {@link SimHash} folds, taken by a caller that reads the text's characters anyway: the cleaner
 * lower-cases every letter and digit of every paragraph for its comparison key, and reading the story a second time
 * only to hash its words was a tenth of its time. The caller hashes each run of lower-cased letters and digits with
 * {@link #next}, from {@link #EMPTY_WORD}, in a variable of its own (a hash kept in this object's field was stored and
 * read again for every character), and adds it when the run ends: then this holds what {@link Words#of} would hash of
 * that text. Mutable; one per article.
 */
public final class WordHashes {

    /** The hash of a word before its first character. */
    public static final long EMPTY_WORD = Words.FNV_OFFSET;

    private long[] hashes = new long[64];
    private int count;

    /**
     * The hash of a word after one more letter or digit, lower-cased as {@link newswire.text.WordChars#lower} gives
     * it.
     */
    public static long next(final long wordHash, final int lowerCodePoint) {
        return Words.fnv1a64(wordHash, lowerCodePoint);
    }

    /** Adds the hash of a word the caller has read to its end. */
    public void add(final long wordHash) {
        if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = wordHash;
    }

    /** The words added so far. */
    public int count() {
        return count;
    }

    /** Forgets the words after the first {@code words}: a text read for its key and then left out of the story. */
    public void keepFirst(final int words) {
        count = Math.min(count, words);
    }

    /**
     * The array the hashes are kept in: the first {@link #count()} of it are the words', in order. Not a copy: the
     * fingerprint reads them where they are.
     */
    long[] hashesUnder() {
        return hashes;
    }
}
