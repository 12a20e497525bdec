package newswire.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a text copy of an article, such as a portal's: blocks separated by blank lines, each line a paragraph or a
 * piece of chrome. When no title was given, the first line that is not chrome is the title, as portals print it,
 * unless it is a sentence with nothing but chrome after it: then it is the story.
 */
final class PlainTextReader {

    private static final int MAX_TITLE_CHARS = 300;

    private PlainTextReader() {
    }

    /**
     * @param couldBeTitle false for chrome, bylines and captions, so a copy that opens with a share button still gets
     *                     its headline as the title, and a sentence followed only by a byline is story
     */
    static void read(final String normalizedText, final String knownTitle, final ArticleDraft draft,
                     final Predicate<String> couldBeTitle) {
        final String[] lines = normalizedText.split("\n", -1);
        int titleLine = -1;
        draft.title = knownTitle;
        if (knownTitle == null || knownTitle.isBlank()) {
            draft.title = null;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isEmpty()) {
                    continue;
                }
                if (lines[i].length() > MAX_TITLE_CHARS) {
                    break;
                }
                if (couldBeTitle.test(lines[i])) {
                    // A one-sentence article ("Seoul says 1,500 troops went to Russia.") is all story, no title.
                    if (storyFollows(lines, i, couldBeTitle) || !endsSentence(lines[i])) {
                        titleLine = i;
                        draft.title = lines[i];
                        draft.removals.count(Removals.TITLE);
                    }
                    break;
                }
            }
        }
        List<String> group = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (i == titleLine) {
                continue;
            }
            if (lines[i].isEmpty()) {
                if (!group.isEmpty()) {
                    draft.groups.add(group);
                    group = new ArrayList<>();
                }
            } else {
                group.add(lines[i]);
            }
        }
        if (!group.isEmpty()) {
            draft.groups.add(group);
        }
    }

    private static boolean storyFollows(final String[] lines, final int title, final Predicate<String> couldBeStory) {
        for (int i = title + 1; i < lines.length; i++) {
            if (!lines[i].isEmpty() && couldBeStory.test(lines[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(final String line) {
        final String end = line.strip();
        return !end.isEmpty() && ".!?。…\"”’".indexOf(end.charAt(end.length() - 1)) >= 0;
    }
}
