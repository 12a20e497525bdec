package newswire.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a text copy of an article, such as a portal's: blocks separated by blank lines, each line a paragraph or a
 * piece of chrome. When no title was given, {@link TextHeadlineChooser} finds the headline among the lines.
 */
final class PlainTextReader {

    private PlainTextReader() {
    }

    /**
     * @param couldBeTitle false for lines the policy already knows as chrome, so a copy that opens with a share
     *                     button still gets its headline as the title
     */
    static void read(final String normalizedText, final String knownTitle, final ArticleDraft draft,
                     final Predicate<String> couldBeTitle) {
        final String[] lines = normalizedText.split("\n", -1);
        int titleLine = -1;
        boolean storyUnderTitle = false;
        draft.title = knownTitle;
        if (knownTitle == null || knownTitle.isBlank()) {
            draft.title = null;
            final TextHeadlineChooser.Headline headline =
                    TextHeadlineChooser.headline(lines, couldBeTitle, draft.lineReadings);
            titleLine = headline.line();
            storyUnderTitle = headline.evidenced();
            if (titleLine >= 0) {
                draft.title = lines[titleLine];
                draft.titleFromBody = true;
                draft.removals.count(Removals.TITLE);
            }
        }
        List<String> group = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (i == titleLine) {
                if (storyUnderTitle) {
                    if (!group.isEmpty()) {
                        draft.groups.add(group);
                        group = new ArrayList<>();
                    }
                    draft.storyFromGroup = draft.groups.size();
                }
                // a headline the text opens with has the story under it as much as one evidence found
                draft.storyUnderTitle = storyUnderTitle || i == 0;
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
}
