package newswire.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What counts as chrome, feedback or a copyright notice, and which names mean which publisher: the policy that
 * {@link ArticleCleaner} (the mechanism) applies. The standard policy is read from the data files
 * {@code line-rules.tsv} and {@code publishers.tsv} beside this class, so a new portal's chrome is a line of data, not
 * code. Immutable and thread-safe.
 */
public final class CleaningPolicy {

    /**
     * Lines up to this long are also judged by their words ({@link LineFeatures#controlsOnly}): buttons, labels and
     * rows of them are short, and a longer line that only names controls is a sentence about them.
     */
    static final int CONTROL_ROW_CHARS = 60;

    private final List<LineRule> lineRules;
    private final LineRuleIndex index;
    private final PublisherDirectory publishers;
    private final WordClasses words = WordClasses.standard();

    public CleaningPolicy(final List<LineRule> lineRules, final PublisherDirectory publishers) {
        this.lineRules = List.copyOf(lineRules);
        this.index = new LineRuleIndex(this.lineRules);
        this.publishers = publishers;
    }

    public static CleaningPolicy standard() {
        return new CleaningPolicy(parseLineRules(readResource("line-rules.tsv")),
                parsePublishers(readResource("publishers.tsv")));
    }

    /**
     * The reason the first matching rule gives for dropping {@code line}; else chrome when its words name controls and
     * nothing else, whatever site printed them; else empty: story text.
     */
    public Optional<String> classify(final String line) {
        return classify(line, new LineReadings(words));
    }

    /** As {@link #classify(String)}, the line's words read through {@code readings}, which may know the line already. */
    Optional<String> classify(final String line, final LineReadings readings) {
        final Optional<String> byRule = byRules(line);
        if (byRule.isPresent() || line.length() > CONTROL_ROW_CHARS || !readings.of(line).controlsOnly()) {
            return byRule;
        }
        return Optional.of(Removals.CHROME);
    }

    /** The reason the first matching rule gives for dropping {@code line}, found through the index. */
    Optional<String> byRules(final String line) {
        return index.classify(line);
    }

    /** The same verdict as {@link #byRules}, by trying every rule in turn: the reference the index is tested against. */
    Optional<String> classifyByEveryRule(final String line) {
        for (final LineRule rule : lineRules) {
            if (rule.matches(line)) {
                return Optional.of(rule.reason());
            }
        }
        return Optional.empty();
    }

    /** How many rules the index must run on every line because their patterns promise no literal. */
    int rulesRunOnEveryLine() {
        return index.rulesRunOnEveryLine();
    }

    public PublisherDirectory publishers() {
        return publishers;
    }

    static List<LineRule> parseLineRules(final List<String> lines) {
        final List<LineRule> rules = new ArrayList<>();
        for (final String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final String[] fields = line.split("\t", 3);
            if (fields.length != 3) {
                throw new IllegalArgumentException("line rule needs reason, max length and pattern: " + line);
            }
            rules.add(new LineRule(fields[0].strip(), Integer.parseInt(fields[1].strip()),
                    Pattern.compile(fields[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return rules;
    }

    static PublisherDirectory parsePublishers(final List<String> lines) {
        final List<Publisher> publishers = new ArrayList<>();
        final List<List<String>> names = new ArrayList<>();
        for (final String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            final String[] fields = line.split("\t", 3);
            if (fields.length != 3) {
                throw new IllegalArgumentException("publisher needs name, country and aliases: " + line);
            }
            publishers.add(new Publisher(fields[0].strip(), fields[1].strip()));
            final List<String> aliases = new ArrayList<>(Arrays.asList(fields[2].split("\\|")));
            aliases.add(fields[0].strip());
            names.add(aliases.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
        return new PublisherDirectory(publishers, names);
    }

    /** The lines of a data file beside this class. */
    static List<String> readResource(final String name) {
        try (InputStream in = CleaningPolicy.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource newswire/clean/" + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read newswire/clean/" + name, e);
        }
    }
}
