package newswire.clean;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newswire.dedupe.SimHash;
import newswire.model.Byline;
import newswire.model.CleanArticle;
import newswire.model.RawArticle;

/**
 * Turns a raw article (a portal's text copy or a whole HTML page) into the story's paragraphs and metadata: chrome,
 * prompts, copyright notices and repeats are dropped and counted, bylines, times and captions become fields.
 *
 * <p>This class is the mechanism; what counts as chrome and which names mean which publisher is the
 * {@link CleaningPolicy}, and the limits are {@link CleaningOptions}. Stateless and thread-safe: one instance serves
 * every stream thread.
 *
 * @throws UncleanableArticleException from {@link #clean} when the input is too large, is not prose (a binary file,
 *                                     markup, source code, a log) or no story text is left
 */
public final class ArticleCleaner {

    private final CleaningPolicy policy;
    private final CleaningOptions options;
    private final DraftSifter sifter;
    private final HtmlPageReader htmlReader;
    private final LanguageGuesser languages;

    public ArticleCleaner(final CleaningPolicy policy, final CleaningOptions options) {
        this.policy = policy;
        this.options = options;
        this.sifter = new DraftSifter(policy, options);
        this.htmlReader = new HtmlPageReader();
        this.languages = new LanguageGuesser(options.languages(), options.languageSampleChars());
    }

    public static ArticleCleaner standard() {
        return new ArticleCleaner(CleaningPolicy.standard(), CleaningOptions.defaults());
    }

    public CleanArticle clean(final RawArticle raw) {
        final String id = raw.id() == null ? "(no id)" : raw.id();
        if (raw.body() == null || raw.body().isBlank()) {
            throw new UncleanableArticleException(id, "empty body");
        }
        if (raw.body().length() > options.maxInputChars()) {
            throw new UncleanableArticleException(id, "body has " + raw.body().length() + " characters, more than the "
                    + options.maxInputChars() + " this cleaner accepts");
        }
        if (!raw.isHtml()) {
            final Optional<String> notProse = NonProse.reason(raw.body());
            if (notProse.isPresent()) {
                throw new UncleanableArticleException(id, notProse.get());
            }
        }
        final ArticleDraft draft = new ArticleDraft();
        if (raw.isHtml()) {
            htmlReader.read(raw.body(), raw.title(), draft);
        } else {
            PlainTextReader.read(TextNormalizer.normalize(raw.body()), raw.title(), draft,
                    line -> policy.classify(line, draft.lineReadings).isEmpty());
        }
        final ZoneId zone = zoneFor(raw, draft);
        final DraftSifter.Story sifted = raw.isHtml() ? sifter.sift(draft, zone) : sifter.siftTextCopy(draft, zone);
        final List<String> paragraphs = storyOrTitleAsStory(storyOrDeclaredBody(sifted.paragraphs(), draft), draft);
        if (paragraphs.isEmpty()) {
            throw new UncleanableArticleException(id, "no story text left after cleaning (removed " + draft.removals.asMap()
                    + ")");
        }
        final String body = String.join(CleanArticle.PARAGRAPH_SEPARATOR, paragraphs);
        final String language = languages.guess(body).orElse(raw.language());
        final String publisher = publisher(raw, draft);
        // The sifter hashed its paragraphs' words as it read them for their keys; a story found otherwise is read here.
        final String fingerprint = paragraphs == sifted.paragraphs() ? SimHash.fingerprint(sifted.words())
                : SimHash.fingerprint(body);
        return new CleanArticle(raw.id(), raw.source(), raw.url(), title(raw, draft), byline(draft, publisher), publisher,
                publishedAt(raw, draft, zone), language, paragraphs, draft.captions, draft.removals.asMap(),
                fingerprint);
    }

    /**
     * A page whose printed story could not be found (rendered by script, or cut out with the chrome around it) may
     * still declare it in its JSON-LD {@code articleBody}: the publisher's own text, better than none. Only then: the
     * declared text is often cut short or stale, and the printed story wins whenever there is one.
     */
    private static List<String> storyOrDeclaredBody(final List<String> story, final ArticleDraft draft) {
        if (!story.isEmpty() || draft.declaredBody == null) {
            return story;
        }
        return draft.declaredBody.lines().map(TextNormalizer::oneLine).map(String::strip).filter(l -> !l.isEmpty())
                .toList();
    }

    /**
     * A text whose only line of story reads as prose ("Seoul says 1,500 troops went to Russia.", then a byline or
     * chrome; an event coder's note of one clause) had that line taken as its title: it is the story. A headline
     * followed by chrome stays a title, and such an article has no story; a headline with nothing else at all (a
     * flash, an event coder's note "Raiders kill 12 herders near Wajir") heads itself and is its whole story.
     */
    private static List<String> storyOrTitleAsStory(final List<String> story, final ArticleDraft draft) {
        if (!story.isEmpty() || !draft.titleFromBody) {
            return story;
        }
        if (!TextHeadlineChooser.readsAsProse(draft.title, WordClasses.standard())) {
            return draft.removals.asMap().equals(Map.of(Removals.TITLE, 1)) ? List.of(draft.title) : story;
        }
        final String sentence = draft.title;
        draft.title = null;
        draft.removals.takeBack(Removals.TITLE);
        return List.of(sentence);
    }

    private String title(final RawArticle raw, final ArticleDraft draft) {
        final String title = raw.title() != null && !raw.title().isBlank() ? raw.title() : draft.title;
        return title == null ? null : TextNormalizer.oneLine(title);
    }

    /** Authors as found, less the publisher itself, which pages often list as an author ("Cleveland.com"). */
    private static Byline byline(final ArticleDraft draft, final String publisher) {
        final String pub = publisher == null ? "" : TextNormalizer.comparisonKey(publisher);
        final List<String> authors = draft.authors.stream().filter(a -> {
            final String key = TextNormalizer.comparisonKey(a);
            return pub.isEmpty() || !(key.contains(pub) || pub.contains(key));
        }).toList();
        return new Byline(authors, new ArrayList<>(draft.emails));
    }

    private String publisher(final RawArticle raw, final ArticleDraft draft) {
        final PublisherDirectory directory = policy.publishers();
        if (draft.publisher != null) {
            return directory.find(draft.publisher).map(Publisher::name).orElse(draft.publisher);
        }
        if (draft.agency != null) {
            return directory.find(draft.agency).map(Publisher::name).orElse(draft.agency);
        }
        return directory.find(raw.url()).or(() -> directory.find(raw.source())).map(Publisher::name).orElse(null);
    }

    private static java.time.OffsetDateTime publishedAt(final RawArticle raw, final ArticleDraft draft,
                                                        final ZoneId zone) {
        return PublicationTimeParser.parseMetadata(raw.publishedAt(), zone)
                .or(() -> PublicationTimeParser.parseMetadata(draft.declaredPublishedAt, zone)).orElse(draft.publishedAt);
    }

    /**
     * Korean portals and publishers print Korea time without saying so; anybody else's bare times are read in the
     * default zone. A page that states its offset is unaffected either way.
     */
    private ZoneId zoneFor(final RawArticle raw, final ArticleDraft draft) {
        final Optional<Publisher> known = Optional.ofNullable(draft.publisher).flatMap(policy.publishers()::find)
                .or(() -> policy.publishers().find(raw.url()));
        final boolean korean = known.map(Publisher::isKorean).orElse(false)
                || (raw.url() != null && raw.url().toLowerCase(Locale.ROOT).matches("^https?://[^/]*\\.kr(/.*)?$"))
                || draft.groups.stream().limit(200).flatMap(List::stream).anyMatch(TextNormalizer::containsHangul);
        return korean ? options.koreaZone() : options.defaultZone();
    }
}
