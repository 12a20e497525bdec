package newswire.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a republication of a story the way another outlet's editors do: a new headline, its own page chrome, an
 * attribution reworded ("…, said the presidential office." becomes "…, the presidential office said."), the last
 * paragraphs cut or others added, a share of the words changed. Seeded, so a benchmark makes the same pairs each run.
 *
 * <p>Words with a digit (dates, figures) are never changed: an editor rewords a report, and a copy whose figures
 * differ is another report for whoever counts them.
 */
final class Republications {

    /** How hard the editors went at it. */
    enum Strength {
        /** A new headline, other chrome, one attribution reworded. */
        LIGHT(0, 0),
        /** As light, a quarter of the paragraphs cut or as many added, ~5 % of the words changed. */
        MEDIUM(0.25, 0.05),
        /** As light, a third of the paragraphs cut or added, ~10 % of the words changed. */
        HEAVY(0.34, 0.10),
        /** As light, only the first half of the story: a trimmed copy, contained in the original. */
        TRIMMED(0.5, 0);

        final double paragraphShare;
        final double wordShare;

        Strength(final double paragraphShare, final double wordShare) {
            this.paragraphShare = paragraphShare;
            this.wordShare = wordShare;
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“‘(]?[A-Z0-9])");
    private static final Pattern SAID_THE = Pattern.compile(", said ([^.,;\"”]{3,60})\\.");
    private static final Pattern THE_SAID = Pattern.compile(", ([^.,;\"“”]{3,60}) said\\.");
    private static final Pattern ACCORDING_TO = Pattern.compile("[Aa]ccording to ([^.,;]{3,60}),");
    private static final List<String> WORDS = List.of("reportedly", "also", "later", "new", "local", "official", "the",
            "several", "major", "recent", "said", "stated", "announced", "after", "while", "during", "near", "across",
            "early", "late", "further", "other", "latest", "main", "key", "more", "some", "its", "their", "then");
    private static final List<String> CHROME = List.of("Posted by %s", "Comments (%d)", "Share this article",
            "Share on Facebook", "Tweet", "Read more: %s", "Advertisement", "Subscribe to our newsletter",
            "Copyright © 20%d %s. All rights reserved.", "Related stories", "Photo: %s", "Updated %d:%d",
            "Follow us on Twitter", "Click here to read the full story", "Most read", "Sign up for alerts");
    private static final List<String> NAMES = List.of("Staff Writer", "News Desk", "The Daily Portal", "Metro Wire",
            "Regional Herald", "Web Editor", "Reuters", "AFP", "Evening Standard Online", "World Desk");

    private Republications() {
    }

    /** A copy of {@code story} (its paragraphs) edited at {@code strength}; {@code filler} gives added paragraphs. */
    static List<String> republish(final List<String> story, final Strength strength, final List<String> filler,
                                  final SplittableRandom random) {
        List<String> units = units(story);
        if (strength == Strength.TRIMMED) {
            units = new ArrayList<>(units.subList(0, Math.max(1, (units.size() + 1) / 2)));
        } else if (strength.paragraphShare > 0) {
            final int changed = (int) Math.floor(units.size() * strength.paragraphShare);
            if (random.nextBoolean() && changed > 0) {
                units = new ArrayList<>(units.subList(0, units.size() - changed));
            } else {
                for (int i = 0; i < Math.max(1, changed) && i < filler.size(); i++) {
                    units.add(filler.get(i));
                }
            }
        }
        units = rewordAttribution(units, random);
        if (strength.wordShare > 0) {
            units = changeWords(units, strength.wordShare, random);
        }
        final List<String> copy = new ArrayList<>();
        copy.add(headline(units.get(0), random));
        copy.addAll(chrome(random, 1 + random.nextInt(2)));
        copy.addAll(units);
        copy.addAll(chrome(random, 1 + random.nextInt(3)));
        return copy;
    }

    /** The paragraphs, or the sentences of a story of fewer than three paragraphs (an event note, a brief). */
    static List<String> units(final List<String> story) {
        if (story.size() >= 3) {
            return new ArrayList<>(story);
        }
        final List<String> sentences = new ArrayList<>();
        for (final String paragraph : story) {
            sentences.addAll(Arrays.asList(SENTENCE_END.split(paragraph.strip())));
        }
        return sentences;
    }

    /** A few lines of a portal's page that cleaning may keep, with the portal's own names and numbers. */
    static List<String> chrome(final SplittableRandom random, final int lines) {
        final List<String> chrome = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            final String line = CHROME.get(random.nextInt(CHROME.size()));
            final String name = NAMES.get(random.nextInt(NAMES.size()));
            chrome.add(line.contains("%d:%d") ? String.format(line, random.nextInt(24), random.nextInt(60))
                    : line.contains("20%d") ? String.format(line, 10 + random.nextInt(15), name)
                    : line.contains("%d") ? String.format(line, random.nextInt(200))
                    : line.contains("%s") ? String.format(line, name) : line);
        }
        return chrome;
    }

    private static String headline(final String lead, final SplittableRandom random) {
        final String[] words = lead.split("\\s+");
        final int length = Math.min(words.length, 5 + random.nextInt(5));
        final int start = random.nextInt(Math.max(1, words.length - length + 1));
        final String head = String.join(" ", Arrays.copyOfRange(words, start, start + length))
                .replaceAll("[.,;:]+$", "");
        return head.isEmpty() ? "Update" : Character.toUpperCase(head.charAt(0)) + head.substring(1);
    }

    private static List<String> rewordAttribution(final List<String> units, final SplittableRandom random) {
        final List<String> reworded = new ArrayList<>(units);
        final int from = random.nextInt(units.size());
        for (int k = 0; k < units.size(); k++) {
            final int i = (from + k) % units.size();
            final String unit = units.get(i);
            for (final Pattern pattern : List.of(SAID_THE, THE_SAID, ACCORDING_TO)) {
                final Matcher m = pattern.matcher(unit);
                if (m.find()) {
                    final String replacement = pattern == SAID_THE ? ", " + m.group(1) + " said."
                            : pattern == THE_SAID ? ", said " + m.group(1) + "."
                            : m.group(1) + " said,";
                    reworded.set(i, unit.substring(0, m.start()) + replacement + unit.substring(m.end()));
                    return reworded;
                }
            }
        }
        return reworded;
    }

    /** Replaces, deletes or inserts words (never one with a digit) at about {@code share} of the word positions. */
    private static List<String> changeWords(final List<String> units, final double share,
                                            final SplittableRandom random) {
        final List<String> changed = new ArrayList<>();
        for (final String unit : units) {
            final String[] words = unit.split(" ");
            final StringBuilder out = new StringBuilder();
            for (final String word : words) {
                final boolean editable = !word.isEmpty() && word.chars().noneMatch(Character::isDigit);
                final String other = WORDS.get(random.nextInt(WORDS.size()));
                String result = word;
                if (editable && random.nextDouble() < share) {
                    result = switch (random.nextInt(3)) {
                        case 0 -> other;
                        case 1 -> "";
                        default -> other + " " + word;
                    };
                }
                if (!result.isEmpty()) {
                    out.append(out.isEmpty() ? "" : " ").append(result);
                }
            }
            changed.add(out.toString());
        }
        return changed;
    }

    /** Sentences {@code at} and {@code at + 1} of a story, quoted by another outlet. */
    static String quote(final List<String> story, final int at, final SplittableRandom random) {
        final List<String> sentences = units(List.of(String.join(" ", story)));
        final int first = Math.min(at, Math.max(0, sentences.size() - 2));
        return "As " + NAMES.get(random.nextInt(NAMES.size())) + " reported, \"" + sentences.get(first) + " "
                + sentences.get(Math.min(first + 1, sentences.size() - 1)) + "\"";
    }
}
