package newswire.clean;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash over word shingles: articles that share most of their wording get fingerprints a few bits apart,
 * which the dedupe stage compares by Hamming distance. Deterministic across JVMs (FNV-1a, not {@code hashCode}).
 */
final class SimHash {

    private SimHash() {
    }

    /** The fingerprint of {@code text} as 16 lower-case hex digits. */
    static String fingerprint(final String text, final int shingleWords) {
        final List<String> words = words(text);
        final long[] wordHashes = words.stream().mapToLong(SimHash::fnv1a64).toArray();
        final int[] weights = new int[64];
        final int n = Math.max(1, words.size() - shingleWords + 1);
        for (int i = 0; i < n; i++) {
            // A shingle's hash folds its words' hashes in order, so no shingle string is ever built.
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(wordHashes.length, i + shingleWords); j++) {
                h = mix(h ^ wordHashes[j]);
            }
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return String.format(Locale.ROOT, "%016x", hash);
    }

    private static List<String> words(final String text) {
        final List<String> words = new ArrayList<>();
        final StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** The 64-bit finaliser of MurmurHash3: spreads every input bit over the whole word. */
    private static long mix(final long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long fnv1a64(final String s) {
        long h = 0xcbf29ce484222325L;
        for (final byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
