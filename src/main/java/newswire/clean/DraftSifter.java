package newswire.clean;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newswire.dedupe.WordHashes;
import newswire.model.Caption;

/**
 * Applies the line rules of a {@link CleaningPolicy} to a draft: drops chrome, feedback prompts and copyright notices,
 * turns bylines, datelines and captions into fields, rejoins hard-wrapped lines, and keeps each paragraph once.
 * The same rules run on text copies and on the blocks taken from HTML pages; a text copy, which has no markup to say
 * where the story is, is then judged line by line by {@link StoryLines}.
 */
final class DraftSifter {

    /**
     * Repeats are dropped only for paragraphs with at least this many letters and digits: a sentence printed twice is
     * a portal's echo, but a short label ("Meal 2", "Step 1") recurs legitimately in lists and recipes.
     */
    private static final int MIN_REPEAT_KEY = 30;

    private final CleaningPolicy policy;
    private final CleaningOptions options;

    DraftSifter(final CleaningPolicy policy, final CleaningOptions options) {
        this.policy = policy;
        this.options = options;
    }

    /**
     * The paragraphs of a story in order, each once, and the hashes of their words for its fingerprint, taken as each
     * paragraph was read for its comparison key.
     */
    record Story(List<String> paragraphs, WordHashes words) {
    }

    /** The story paragraphs of {@code draft}, in order and each once; fields found on the way go into the draft. */
    Story sift(final ArticleDraft draft, final ZoneId zone) {
        return paragraphs(keptLines(draft, zone), draft);
    }

    /**
     * As {@link #sift}, for a text copy, where nothing but the text tells story from chrome: after the rules, the lines
     * are judged by their features and their neighbours ({@link StoryLines}).
     */
    Story siftTextCopy(final ArticleDraft draft, final ZoneId zone) {
        final TextCopyLines copy = linesAfterRules(draft, zone);
        final List<String> lines = copy.lines();
        final boolean[] story = StoryLines.story(lines, copy.firstStoryLine(), draft.storyUnderTitle,
                draft.lineReadings);
        final List<List<String>> storyGroups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            final String line = lines.get(i);
            if (line != null && line.isEmpty()) {
                if (!current.isEmpty()) {
                    storyGroups.add(current);
                    current = new ArrayList<>();
                }
            } else if (story[i]) {
                current.add(line);
            } else if (line != null) {
                draft.removals.count(Removals.BOILERPLATE);
            }
        }
        return paragraphs(storyGroups, draft);
    }

    /**
     * @param lines          the lines of a text copy after the rules: an empty string where a block ends, null where a
     *                       rule removed a line
     * @param firstStoryLine the first line under a headline that a byline or a date vouches for, else 0
     */
    record TextCopyLines(List<String> lines, int firstStoryLine) {
    }

    /** The lines of a text copy as {@link StoryLines} judges them; fields found on the way go into the draft. */
    TextCopyLines linesAfterRules(final ArticleDraft draft, final ZoneId zone) {
        // A line the rules removed stays in place as chrome (null): it still separates the story from the chrome runs
        // around it, as it did on the page.
        final List<String> lines = new ArrayList<>();
        int firstStoryLine = 0;
        for (int g = 0; g < draft.groups.size(); g++) {
            if (g == draft.storyFromGroup) {
                firstStoryLine = lines.size();
            }
            for (final String line : draft.groups.get(g)) {
                lines.add(keepLine(line, draft, zone) ? line : null);
            }
            lines.add("");
        }
        return new TextCopyLines(lines, firstStoryLine);
    }

    private List<List<String>> keptLines(final ArticleDraft draft, final ZoneId zone) {
        final List<List<String>> groups = new ArrayList<>();
        for (final List<String> group : draft.groups) {
            final List<String> kept = new ArrayList<>();
            for (final String line : group) {
                if (keepLine(line, draft, zone)) {
                    kept.add(line);
                }
            }
            groups.add(kept);
        }
        return groups;
    }

    private Story paragraphs(final List<List<String>> groups, final ArticleDraft draft) {
        final List<String> paragraphs = new ArrayList<>();
        final WordHashes words = new WordHashes();
        final TextNormalizer.KeyReader key = new TextNormalizer.KeyReader();
        final SeenKeys seen = new SeenKeys();
        final String titleKey = draft.title == null ? "" : TextNormalizer.comparisonKey(draft.title);
        for (final List<String> kept : groups) {
            for (final String joined : rejoinWrapped(kept)) {
                final String paragraph = withoutAgencyDateline(joined, draft);
                if (paragraph.isEmpty()) {
                    continue;
                }
                if (TextNormalizer.garbledShare(paragraph) > options.maxGarbledShare()) {
                    draft.removals.count(Removals.GARBLED);
                    continue;
                }
                final String clean = TextNormalizer.withoutReplacementChars(paragraph);
                final int wordsBefore = words.count();
                key.read(clean, words);
                if (key.length() == 0) {
                    draft.removals.count(Removals.CHROME);
                } else if (key.sameAs(titleKey)) {
                    draft.removals.count(Removals.TITLE);
                } else if (key.length() >= MIN_REPEAT_KEY && !seen.add(key, clean)) {
                    draft.removals.count(Removals.DUPLICATE);
                } else {
                    paragraphs.add(clean);
                    continue;
                }
                words.keepFirst(wordsBefore);
            }
        }
        return new Story(paragraphs, words);
    }

    /**
     * The comparison keys of the paragraphs met so far, held as each key's hash and length with the first paragraph
     * that had them: a key is made a {@code String} only when a later paragraph's hash and length meet it, for a repeat
     * (or, rarely, two keys of one hash). Confined to one article.
     */
    private static final class SeenKeys {

        private final Map<Long, String> firstByHashAndLength = new HashMap<>();
        /** The keys of the paragraphs whose hash and length met another's, made when they met. */
        private final Set<String> metKeys = new HashSet<>();

        /** Adds the key {@code key} has read from {@code paragraph}; false when the same key was added before. */
        boolean add(final TextNormalizer.KeyReader key, final String paragraph) {
            final long hashAndLength = (long) key.hash() << 32 | key.length();
            final String first = firstByHashAndLength.putIfAbsent(hashAndLength, paragraph);
            if (first == null) {
                return true;
            }
            metKeys.add(TextNormalizer.comparisonKey(first));
            return metKeys.add(key.toString());
        }
    }

    private boolean keepLine(final String line, final ArticleDraft draft, final ZoneId zone) {
        if (line.length() > options.maxRuleLineChars()) {
            return true;
        }
        final Optional<String> reason = policy.classify(line, draft.lineReadings);
        if (reason.isPresent()) {
            if (reason.get().equals(Removals.COPYRIGHT)) {
                notePublisher(line, draft);
            }
            draft.removals.count(reason.get());
            return false;
        }
        final Optional<BylineParser.Credit> credit = draft.lineReadings.credit(line);
        if (credit.isPresent()) {
            credit.get().authors().forEach(draft::addAuthor);
            credit.get().emails().forEach(draft::addEmail);
            credit.get().time().map(printed -> printed.in(zone)).ifPresent(draft::publishedAtIfUnknown);
            final boolean namesSomebody = !credit.get().authors().isEmpty() || !credit.get().emails().isEmpty();
            draft.removals.count(namesSomebody ? Removals.BYLINE : Removals.DATELINE);
            return false;
        }
        final Optional<Caption> caption = CaptionParser.parse(line);
        if (caption.isPresent()) {
            if (!caption.get().text().isEmpty()) {
                draft.captions.add(caption.get());
            }
            draft.removals.count(Removals.CAPTION);
            return false;
        }
        return true;
    }

    private String withoutAgencyDateline(final String paragraph, final ArticleDraft draft) {
        final Optional<BylineParser.Credit> dateline = BylineParser.parseAgencyDateline(paragraph);
        if (dateline.isEmpty()) {
            return paragraph;
        }
        dateline.get().authors().forEach(draft::addAuthor);
        if (draft.agency == null) {
            draft.agency = dateline.get().agency().orElse(null);
        }
        draft.removals.count(Removals.BYLINE);
        return dateline.get().remainder();
    }

    private void notePublisher(final String copyrightLine, final ArticleDraft draft) {
        if (draft.publisher != null) {
            return;
        }
        draft.publisher = policy.publishers().find(copyrightLine).map(Publisher::name)
                .or(() -> CopyrightNotice.holder(copyrightLine)).orElse(null);
    }

    /**
     * Lines of one block are separate paragraphs (portal copies put one paragraph per line), except where the source
     * wrapped a sentence: the line does not end a sentence and the next one goes on in lower case.
     */
    static List<String> rejoinWrapped(final List<String> lines) {
        final List<String> paragraphs = new ArrayList<>();
        // Most paragraphs are one line, kept as it is: a builder is made only when a line continues the one before.
        String first = null;
        StringBuilder joined = null;
        for (final String line : lines) {
            if (first != null && continuesSentence(joined != null ? joined : first, line)) {
                joined = joined != null ? joined : new StringBuilder(first);
                joined.append(' ').append(line);
            } else {
                if (first != null) {
                    paragraphs.add(joined != null ? joined.toString() : first);
                }
                first = line;
                joined = null;
            }
        }
        if (first != null) {
            paragraphs.add(joined != null ? joined.toString() : first);
        }
        return paragraphs;
    }

    private static boolean continuesSentence(final CharSequence previous, final String next) {
        if (SentenceShape.endsClause(previous)) {
            return false;
        }
        final char end = previous.charAt(previous.length() - 1);
        final char start = next.charAt(0);
        return Character.isLowerCase(start) || end == ',' || end == ';' || end == '-';
    }
}
