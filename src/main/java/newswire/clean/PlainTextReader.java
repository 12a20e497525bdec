package newswire.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a text copy of an article, such as a portal's: blocks separated by blank lines, each line a paragraph or a
 * piece of chrome. When no title was given, the first line is the title, as portals print it.
 */
final class PlainTextReader {

    private static final int MAX_TITLE_CHARS = 300;

    private PlainTextReader() {
    }

    static void read(final String normalizedText, final String knownTitle, final ArticleDraft draft) {
        final String[] lines = normalizedText.split("\n", -1);
        int first = 0;
        draft.title = knownTitle;
        if (knownTitle == null || knownTitle.isBlank()) {
            while (first < lines.length && lines[first].isEmpty()) {
                first++;
            }
            if (first < lines.length && lines[first].length() <= MAX_TITLE_CHARS) {
                draft.title = lines[first];
                draft.removals.count(Removals.TITLE);
                first++;
            } else {
                draft.title = null;
            }
        }
        List<String> group = new ArrayList<>();
        for (int i = first; i < lines.length; i++) {
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
}
