package newswire.clean;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newswire.model.Caption;

/**
 * What a reader (plain text or HTML) found in one raw article, before the shared line rules run: the candidate text in
 * groups of lines, and whatever metadata the page itself declared. Mutable and confined to one cleaning run.
 */
final class ArticleDraft {

    /**
     * Lines of text in reading order, grouped as the source grouped them (a blank-line-separated block of a text
     * copy, one paragraph element of a page). Lines of a group that survive the rules may be joined back if the
     * source hard-wrapped them.
     */
    final List<List<String>> groups = new ArrayList<>();
    final List<Caption> captions = new ArrayList<>();
    final Set<String> authors = new LinkedHashSet<>();
    final Set<String> emails = new LinkedHashSet<>();
    final Removals removals = new Removals();
    /** The features of the draft's lines, measured once for every stage that judges them. */
    final LineReadings lineReadings = new LineReadings(WordClasses.standard());
    String title;
    /** The title is the text's first line, not one the scraper gave. */
    boolean titleFromBody;
    /**
     * Groups before this one lie above a headline that evidence chose in a text copy: menus, tickers and other
     * stories' headlines, since a story begins under its headline.
     */
    int storyFromGroup;
    /** The story begins right under a headline read from the text (its first line, or one evidence chose): the lead. */
    boolean storyUnderTitle;
    OffsetDateTime publishedAt;
    /** Publication time as page metadata states it; read in the article's zone once that is known. */
    String declaredPublishedAt;
    /** The story's text as the page's JSON-LD declares it ({@code articleBody}), if it does. */
    String declaredBody;
    /** Publisher named by page metadata or a copyright line; stronger than an agency dateline or the URL. */
    String publisher;
    /** News agency named in a dateline such as "(서울=연합뉴스)". */
    String agency;

    void addAuthor(final String name) {
        final String n = name.strip();
        if (n.isEmpty()) {
            return;
        }
        // The same name printed twice ("SARAH KIM", "Sarah Kim") is one author; a romanised and a Korean form are two.
        final String lower = n.toLowerCase(Locale.ROOT);
        if (authors.stream().noneMatch(a -> a.toLowerCase(Locale.ROOT).equals(lower))) {
            authors.add(n);
        }
    }

    void addEmail(final String email) {
        emails.add(email.strip().toLowerCase(Locale.ROOT));
    }

    void publishedAtIfUnknown(final OffsetDateTime time) {
        if (publishedAt == null) {
            publishedAt = time;
        }
    }
}
