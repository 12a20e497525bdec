package newswire.clean;

import java.util.Optional;
import newswire.model.Caption;
import org.jsoup.nodes.Element;

/**
 * Who made a page and its pictures, read from the parts that are not the story: figure captions and their credits,
 * the copyright holder in the footer, and the dateline and byline printed around the headline.
 */
final class PageCredits {

    /** A block longer than this is text, not a dateline ("입력 2024.11.13. 오후 3:27", "Published: …"). */
    private static final int MAX_DATELINE_BLOCK_CHARS = 120;
    /** A block longer than this is text, not a byline ("By Anna Berg and Jonas Lind, Reuters"). */
    private static final int MAX_BYLINE_BLOCK_CHARS = 200;
    /** A caption's last child longer than this is part of the caption, not a credit ("Photo: Reuters"). */
    private static final int MAX_CREDIT_CHARS = 80;
    /** How far after "©" the holder's name may run. */
    private static final int COPYRIGHT_LINE_CHARS = 200;

    private PageCredits() {
    }

    /** Keeps the caption of a figure (or a bare figcaption), with its credit, for the article's captions. */
    static void takeCaption(final Element figure, final ArticleDraft draft) {
        final Element caption = figure.normalName().equals("figcaption") ? figure : figure.selectFirst("figcaption");
        if (caption == null) {
            return;
        }
        final String text = TextNormalizer.oneLine(caption.text());
        if (text.isEmpty()) {
            return;
        }
        final Optional<Caption> credited = CaptionParser.parse(text);
        draft.captions.add(credited.orElseGet(() -> new Caption(text, creditElement(caption).orElse(null))));
        draft.removals.count(Removals.CAPTION);
    }

    /** A short last child of the caption ("Photo: Reuters") that is not the whole caption. */
    private static Optional<String> creditElement(final Element caption) {
        final Element last = caption.children().isEmpty() ? null : caption.children().last();
        if (last == null) {
            return Optional.empty();
        }
        final String credit = TextNormalizer.oneLine(last.text());
        return credit.isEmpty() || credit.length() > MAX_CREDIT_CHARS || credit.length() * 2 > caption.text().length()
                ? Optional.empty() : Optional.of(credit);
    }

    /** The holder named by the footer's copyright line ("© 2024 Example Herald"). */
    static Optional<String> copyrightHolder(final PageLandmarks landmarks) {
        for (final Element footer : landmarks.footers) {
            final String text = TextNormalizer.oneLine(footer.text());
            final int at = indexOfCopyright(text);
            if (at >= 0) {
                final String line = text.substring(at, Math.min(text.length(), at + COPYRIGHT_LINE_CHARS));
                final Optional<String> holder = CopyrightNotice.holder(line);
                if (holder.isPresent()) {
                    return holder;
                }
            }
        }
        return Optional.empty();
    }

    private static int indexOfCopyright(final String text) {
        final String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (final String mark : new String[] {"copyright", "©", "ⓒ"}) {
            final int at = lower.indexOf(mark);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Pages without time metadata (many Korean portals) print "입력 2024.11.13. 오후 3:27" or "Published: …" in the
     * article header, which is outside the story container; the first such line is kept as the declared time, to be
     * read once the article's zone is known.
     */
    static void noteDatelineOutsideStory(final TextBlock block, final ArticleDraft draft) {
        if (draft.declaredPublishedAt != null || block.chars() > MAX_DATELINE_BLOCK_CHARS) {
            return;
        }
        for (final String line : block.lines()) {
            final boolean dateline = BylineParser.parseLine(line)
                    .flatMap(BylineParser.Credit::time).isPresent();
            if (dateline) {
                draft.declaredPublishedAt = line;
                return;
            }
        }
    }

    /** "By Anna Berg" printed under the headline but outside the story's container, on pages with no author meta. */
    static void noteBylineBetweenTitleAndStory(final TextBlock block, final ArticleDraft draft) {
        if (block.chars() > MAX_BYLINE_BLOCK_CHARS) {
            return;
        }
        for (final String line : block.lines()) {
            BylineParser.parseLine(line).ifPresent(credit -> {
                credit.authors().forEach(draft::addAuthor);
                credit.emails().forEach(draft::addEmail);
            });
        }
    }
}
