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
 * The language of the cleaned body, by n-gram profiles (optimaize language-detector) restricted to the languages
 * Newswire expects, so the profiles load fast and rare languages cannot win on a short text. Only the body is given
 * to it: Korean portal chrome around an English story has already been removed. Thread-safe after construction.
 */
final class LanguageGuesser {

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
    private final int sampleChars;

    LanguageGuesser(final List<String> languages, final int sampleChars) {
        try {
            final List<LanguageProfile> profiles = new LanguageProfileReader().read(languages);
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot load language profiles " + languages, e);
        }
        this.sampleChars = sampleChars;
    }

    /** ISO 639-1 code of the text's language (zh-CN is reported as "zh"), or empty when it cannot tell. */
    Optional<String> guess(final String text) {
        final String sample = sample(text);
        if (sample.isBlank()) {
            return Optional.empty();
        }
        final List<DetectedLanguage> found = detector.getProbabilities(texts.forText(sample));
        if (!found.isEmpty() && found.get(0).getProbability() >= 0.5) {
            return Optional.of(found.get(0).getLocale().getLanguage());
        }
        return byScript(sample);
    }

    /**
     * Up to {@code sampleChars} of the text's words, leaving out any "word" longer than 40 characters: such runs carry
     * no language, and the detector's URL filter is slow on them (a 1 MB run without spaces took seconds).
     */
    private String sample(final String text) {
        final StringBuilder sample = new StringBuilder(Math.min(text.length(), sampleChars) + 1);
        int start = -1;
        for (int i = 0; i <= text.length() && sample.length() < sampleChars; i++) {
            final boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                if (i - start <= 40) {
                    sample.append(text, start, i).append(' ');
                }
                start = -1;
            }
        }
        return sample.toString();
    }

    // Short texts give the n-gram model too little to go on; the writing system still tells Korean from English.
    private static Optional<String> byScript(final String text) {
        int hangul = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (TextNormalizer.isHangul(c)) {
                hangul++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (hangul == 0 && latin == 0) {
            return Optional.empty();
        }
        // A Hangul syllable carries about three Latin letters' worth of text.
        return Optional.of(hangul * 3 >= latin ? "ko" : "en");
    }
}
