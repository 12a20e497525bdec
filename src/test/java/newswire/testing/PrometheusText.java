package newswire.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format, version 0.0.4: every line must be a HELP, TYPE or other
 * comment line, or a sample; a family's lines come together, its TYPE before its samples; a sample's name is its
 * family's (with {@code _bucket}, {@code _sum}, {@code _count} for histograms and summaries); no series twice. Any
 * deviation throws, naming the line.
 */
public final class PrometheusText {

    private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
    private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*";
    private static final String LABEL_VALUE = "\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
    private static final String FLOAT = "[+-]?(?:Inf|NaN|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)";
    private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ")(?: (.*))?");
    private static final Pattern TYPE = Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
    private static final Pattern SAMPLE = Pattern.compile("(" + NAME + ")(?:\\{((?:" + LABEL + "=" + LABEL_VALUE
            + ",)*(?:" + LABEL + "=" + LABEL_VALUE + ")?)\\})? (" + FLOAT + ")(?: (-?\\d+))?");
    private static final Pattern PAIR = Pattern.compile("(" + LABEL + ")=(" + LABEL_VALUE + "),?");

    public record Sample(String name, Map<String, String> labels, double value) {
    }

    public record Family(String name, String type, List<Sample> samples) {

        /** The value of the one sample named {@code sampleName} whose labels include {@code labels}. */
        public double value(final String sampleName, final Map<String, String> labels) {
            final List<Sample> matching = samples.stream().filter(sample -> sample.name().equals(sampleName)
                    && sample.labels().entrySet().containsAll(labels.entrySet())).toList();
            if (matching.size() != 1) {
                throw new AssertionError(matching.size() + " samples " + sampleName + labels + " in " + this);
            }
            return matching.get(0).value();
        }
    }

    private final Map<String, Family> families = new LinkedHashMap<>();

    private PrometheusText() {
    }

    public static PrometheusText parse(final String text) {
        final PrometheusText parsed = new PrometheusText();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition does not end with a line feed");
        }
        final Set<String> series = new HashSet<>();
        final Set<String> closed = new HashSet<>();
        Family current = null;
        int number = 0;
        for (final String line : text.split("\n", -1)) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            Matcher match;
            if ((match = TYPE.matcher(line)).matches()) {
                final String name = match.group(1);
                if (parsed.families.containsKey(name)) {
                    throw error(number, line, "a second TYPE, or a TYPE after the family's samples");
                }
                current = parsed.open(name, match.group(2), current, closed, number, line);
            } else if ((match = HELP.matcher(line)).matches()) {
                if (match.group(2) != null && match.group(2).matches(".*\\\\(?![\\\\n]).*")) {
                    throw error(number, line, "a HELP text may only escape \\\\ and \\n");
                }
            } else if (line.startsWith("# TYPE ") || line.startsWith("# HELP ")) {
                throw error(number, line, "a malformed TYPE or HELP line");
            } else if (line.startsWith("#")) {
                continue;
            } else if ((match = SAMPLE.matcher(line)).matches()) {
                final String name = match.group(1);
                final Family family = current != null && belongs(name, current) ? current
                        : parsed.open(name, "untyped", current, closed, number, line);
                current = family;
                final Map<String, String> labels = labels(match.group(2), number, line);
                if (!series.add(name + labels)) {
                    throw error(number, line, "the same series twice");
                }
                family.samples().add(new Sample(name, labels, value(match.group(3))));
            } else {
                throw error(number, line, "neither a comment nor a sample");
            }
        }
        return parsed;
    }

    public Optional<Family> family(final String name) {
        return Optional.ofNullable(families.get(name));
    }

    public Map<String, Family> families() {
        return families;
    }

    /** The value of the one sample of family {@code name} (its samples named the same) whose labels include these. */
    public double value(final String name, final Map<String, String> labels) {
        return family(name).orElseThrow(() -> new AssertionError("no family " + name)).value(name, labels);
    }

    /** The sum of the samples of family {@code name} named the same, 0 when there is no such family. */
    public double sum(final String name) {
        return sum(name, Map.of());
    }

    /** The sum of the samples of family {@code name} named the same whose labels include {@code labels}. */
    public double sum(final String name, final Map<String, String> labels) {
        return family(name).map(family -> family.samples().stream().filter(sample -> sample.name().equals(name)
                && sample.labels().entrySet().containsAll(labels.entrySet())).mapToDouble(Sample::value).sum())
                .orElse(0.0);
    }

    private Family open(final String name, final String type, final Family current, final Set<String> closed,
                        final int number, final String line) {
        if (closed.contains(name) || families.containsKey(name)) {
            throw error(number, line, "the lines of family " + name + " are not together");
        }
        if (current != null) {
            closed.add(current.name());
        }
        final Family family = new Family(name, type, new ArrayList<>());
        families.put(name, family);
        return family;
    }

    private static boolean belongs(final String sample, final Family family) {
        if (sample.equals(family.name())) {
            return !family.type().equals("histogram");
        }
        final String suffix = sample.startsWith(family.name()) ? sample.substring(family.name().length()) : "";
        return switch (family.type()) {
            case "histogram" -> suffix.equals("_bucket") || suffix.equals("_sum") || suffix.equals("_count");
            case "summary" -> suffix.equals("_sum") || suffix.equals("_count");
            default -> false;
        };
    }

    private static Map<String, String> labels(final String text, final int number, final String line) {
        final Map<String, String> labels = new LinkedHashMap<>();
        if (text == null) {
            return labels;
        }
        final Matcher pair = PAIR.matcher(text);
        while (pair.find()) {
            if (labels.put(pair.group(1), unescaped(pair.group(2))) != null) {
                throw error(number, line, "label " + pair.group(1) + " twice");
            }
        }
        return labels;
    }

    /** A quoted label value without its quotes and escapes. */
    private static String unescaped(final String quoted) {
        final StringBuilder value = new StringBuilder();
        for (int i = 1; i < quoted.length() - 1; i++) {
            final char c = quoted.charAt(i);
            if (c == '\\') {
                final char escaped = quoted.charAt(++i);
                value.append(escaped == 'n' ? '\n' : escaped);
            } else {
                value.append(c);
            }
        }
        return value.toString();
    }

    private static double value(final String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN", "+NaN", "-NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static IllegalArgumentException error(final int number, final String line, final String why) {
        return new IllegalArgumentException("line " + number + ": " + why + ": " + line);
    }
}
