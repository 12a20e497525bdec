package newswire.clean;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The language of the cleaned body. Most articles Newswire sees are Korean or English, and those two are told apart
 * for certain at a fraction of the cost of n-grams: Hangul is written by Korean alone among the expected languages, and
 * English prose is a third function words ("the", "of", "and") that other Latin-script languages barely use. Anything
 * else goes to n-gram profiles (optimaize language-detector) restricted to the languages Newswire expects, so the
 * profiles load fast and rare languages cannot win on a short text. Only the body is given to it: Korean portal chrome
 * around an English story has already been removed. Thread-safe after construction.
 */
final class LanguageGuesser {

    /**
     * Frequent English words that are not words of the other Latin-script languages expected ("a", "in", "on", "was"
     * and "will" are, in Portuguese, German, French or Italian).
     */
    private static final List<String> ENGLISH_FUNCTION_WORDS = List.of("the", "of", "and", "to", "that", "is", "for",
            "with", "said", "by", "from", "it", "has", "have", "are", "were", "his", "her", "their", "they", "this",
            "which", "who", "would", "been", "had", "not", "but", "its", "at");
    /** The longest of them: a longer word is not looked up. */
    private static final int MAX_FUNCTION_WORD = 5;
    /**
     * The function words {@link #packed}, in an open-addressing table of {@value #FUNCTION_WORD_SLOTS} slots (0 where
     * empty), so a word of the text is looked up without a substring: a hash and usually one comparison, where a binary
     * search over the sorted words took five comparisons whose outcomes the processor cannot predict, for every short
     * word of every sample.
     */
    private static final long[] FUNCTION_WORD_TABLE = functionWordTable();
    private static final int FUNCTION_WORD_SLOTS = 64;
    /** In English news these make up 25-35% of the words; in French, German or Spanish under 3%. */
    private static final double ENGLISH_SHARE = 0.15;
    /** Longer "words" are left out of the sample (see {@link #sample}). */
    private static final int MAX_SAMPLED_WORD = 40;
    /** Below this many words a share says little; the detector decides. */
    private static final int MIN_WORDS = 20;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
    private final int sampleChars;
    private final boolean expectsKorean;
    private final boolean expectsEnglish;

    LanguageGuesser(final List<String> languages, final int sampleChars) {
        try {
            final List<LanguageProfile> profiles = new LanguageProfileReader().read(languages);
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot load language profiles " + languages, e);
        }
        this.sampleChars = sampleChars;
        this.expectsKorean = languages.contains("ko");
        this.expectsEnglish = languages.contains("en");
    }

    /** ISO 639-1 code of the text's language (zh-CN is reported as "zh"), or empty when it cannot tell. */
    Optional<String> guess(final String text) {
        // The shortcut tallies the sample's words where they lie in the text; only the detector needs the sample as a
        // string of its own, and most articles never reach it.
        final Tally tally = new Tally();
        if (sampledWords(text, (from, to) -> tally.add(text, from, to)) == 0) {
            return Optional.empty();
        }
        return koreanOrEnglish(tally).or(() -> byProfiles(sample(text)));
    }

    /** The n-gram detector's verdict alone, without the Korean-or-English shortcut. */
    Optional<String> byProfiles(final String sample) {
        final List<DetectedLanguage> found = detector.getProbabilities(texts.forText(sample));
        if (!found.isEmpty() && found.get(0).getProbability() >= 0.5) {
            return Optional.of(found.get(0).getLocale().getLanguage());
        }
        return byScript(sample);
    }

    /**
     * Up to {@code sampleChars} of the text's words, leaving out any "word" longer than {@value #MAX_SAMPLED_WORD}
     * characters: such runs carry no language, and the detector's URL filter is slow on them (a 1 MB run without
     * spaces took seconds).
     */
    private String sample(final String text) {
        // Room for the last word, which may take the sample past sampleChars: the builder never grows.
        final StringBuilder sample = new StringBuilder(Math.min(text.length(), sampleChars) + MAX_SAMPLED_WORD + 1);
        sampledWords(text, (from, to) -> sample.append(text, from, to).append(' '));
        return sample.toString();
    }

    /** Where a sampled word lies in the text. */
    private interface WordBounds {
        void accept(int from, int to);
    }

    /**
     * Hands over the bounds of each word {@link #sample} takes, in order: whitespace-separated runs of at most
     * {@value #MAX_SAMPLED_WORD} characters, until the words taken, a space after each, reach {@code sampleChars}.
     *
     * @return how many words it handed over
     */
    private int sampledWords(final String text, final WordBounds word) {
        int count = 0;
        int taken = 0;
        int start = -1;
        for (int i = 0; i <= text.length() && taken < sampleChars; i++) {
            final boolean space = i == text.length() || isWhitespace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                if (i - start <= MAX_SAMPLED_WORD) {
                    word.accept(start, i);
                    taken += i - start + 1;
                    count++;
                }
                start = -1;
            }
        }
        return count;
    }

    /** "ko" or "en" when the text is certainly one of them, else empty. */
    Optional<String> koreanOrEnglish(final String sample) {
        return koreanOrEnglish(Tally.of(sample));
    }

    private Optional<String> koreanOrEnglish(final Tally tally) {
        if (tally.words < MIN_WORDS) {
            return Optional.empty();
        }
        if (expectsKorean && tally.hangul * 2 > tally.letters) {
            return Optional.of("ko");
        }
        if (expectsEnglish && tally.latin * 10 >= tally.letters * 9
                && tally.englishWords >= tally.words * ENGLISH_SHARE) {
            return Optional.of("en");
        }
        return Optional.empty();
    }

    /**
     * What a text is written in: its letters by script, and its words (runs of letters), of which English function
     * words. Filled a piece of text at a time.
     */
    private static final class Tally {

        private int hangul;
        private int latin;
        private int letters;
        private int words;
        private int englishWords;

        static Tally of(final String text) {
            final Tally tally = new Tally();
            tally.add(text, 0, text.length());
            return tally;
        }

        /** Tallies {@code text} from {@code from} to {@code to}, a word there ending at {@code to}. */
        void add(final String text, final int from, final int to) {
            int wordStart = -1;
            for (int i = from; i <= to; i++) {
                final char c = i < to ? text.charAt(i) : ' ';
                if (isLetter(c)) {
                    letters++;
                    if (TextNormalizer.isHangul(c)) {
                        hangul++;
                    } else if (c < 0x80) {
                        latin++;
                    }
                    if (wordStart < 0) {
                        wordStart = i;
                    }
                } else if (wordStart >= 0) {
                    words++;
                    if (i - wordStart <= MAX_FUNCTION_WORD
                            && isFunctionWord(packed(text, wordStart, i))) {
                        englishWords++;
                    }
                    wordStart = -1;
                }
            }
        }
    }

    /**
     * A word of up to {@value #MAX_FUNCTION_WORD} ASCII letters as one number, a lower-cased letter per byte; -1 for
     * any other word, which matches none of the function words.
     */
    private static long packed(final String text, final int from, final int to) {
        long packed = 0;
        for (int i = from; i < to; i++) {
            final char c = text.charAt(i);
            if (c >= 0x80) {
                return -1;
            }
            packed = packed << 8 | (c | 0x20);
        }
        return packed;
    }

    private static long[] functionWordTable() {
        final long[] table = new long[FUNCTION_WORD_SLOTS];
        for (final String word : ENGLISH_FUNCTION_WORDS) {
            final long packed = packed(word, 0, word.length());
            int slot = slot(packed);
            while (table[slot] != 0) {
                slot = (slot + 1) & (FUNCTION_WORD_SLOTS - 1);
            }
            table[slot] = packed;
        }
        return table;
    }

    /** Whether {@code packed} ({@link #packed}) is one of {@link #ENGLISH_FUNCTION_WORDS}. */
    private static boolean isFunctionWord(final long packed) {
        for (int slot = slot(packed); FUNCTION_WORD_TABLE[slot] != 0; slot = (slot + 1) & (FUNCTION_WORD_SLOTS - 1)) {
            if (FUNCTION_WORD_TABLE[slot] == packed) {
                return true;
            }
        }
        return false;
    }

    private static int slot(final long packed) {
        return (int) ((packed * 0x9E3779B97F4A7C15L) >>> (64 - Long.numberOfTrailingZeros(FUNCTION_WORD_SLOTS)));
    }

    private static boolean isWhitespace(final char c) {
        return c == ' ' || (c >= 0x80 || c < ' ') && Character.isWhitespace(c);
    }

    private static boolean isLetter(final char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    // Short texts give the n-gram model too little to go on; the writing system still tells Korean from English.
    private static Optional<String> byScript(final String text) {
        final Tally tally = Tally.of(text);
        if (tally.hangul == 0 && tally.latin == 0) {
            return Optional.empty();
        }
        // A Hangul syllable carries about three Latin letters' worth of text.
        return Optional.of(tally.hangul * 3 >= tally.latin ? "ko" : "en");
    }
}
