package newswire.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link LineFeatures} and the byline reading ({@link BylineParser#parseLine}) of the lines of one article, each
 * line read once however many stages ask: the headline's evidence, the policy's control-row check and
 * {@link StoryLines} all judge the same lines of a text copy, the evidence and the line rules both look for bylines
 * under the headline, and a draft passes the same line objects from stage to stage. Keyed by the line object itself:
 * hashing each line's text to look it up cost a fifth of what measuring it does. One per article: confined to one
 * cleaning run, not thread-safe.
 */
final class LineReadings {

    private final WordClasses words;
    private final Map<String, LineFeatures> measured = new IdentityHashMap<>();
    private final Map<String, Optional<BylineParser.Credit>> credits = new IdentityHashMap<>();
    /** Where each line is read for its features ({@link LineFeatures#of(String, WordClasses, char[])}), grown as needed. */
    private char[] buffer = new char[0];

    LineReadings(final WordClasses words) {
        this.words = words;
    }

    LineFeatures of(final String line) {
        final LineFeatures known = measured.get(line);
        if (known != null) {
            return known;
        }
        if (buffer.length < line.length()) {
            buffer = new char[Math.max(line.length(), 2 * buffer.length)];
        }
        final LineFeatures features = LineFeatures.of(line, words, buffer);
        measured.put(line, features);
        return features;
    }

    /** The byline, e-mail or dateline the line is, if it is one. */
    Optional<BylineParser.Credit> credit(final String line) {
        return credits.computeIfAbsent(line, BylineParser::parseLine);
    }

    /** The word classes the lines are measured with, for the stages that look words up themselves. */
    WordClasses words() {
        return words;
    }
}
