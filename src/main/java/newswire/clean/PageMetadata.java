package newswire.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself in its head and its JSON-LD: title candidates, time, authors, publisher, and the
 * summary it gives of itself (the meta description).
 */
final class PageMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "blogposting", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "report", "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle");
    static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s[|\\-–—:·»]\\s");
    /** A JSON-LD script larger than this is no article's metadata (some pages inline whole data sets). */
    private static final int MAX_JSON_LD_CHARS = 1_000_000;
    /** JSON nodes visited per script: bounds the cost of a hostile or huge graph. */
    private static final int MAX_JSON_LD_NODES = 10_000;

    String ogTitle;
    String ldHeadline;
    String titleTag;
    String published;
    String publisher;
    String siteName;
    String articleBody;
    /** The page's own summary ({@code og:description}, {@code description}, {@code twitter:description}). */
    String description;
    final List<String> authors = new ArrayList<>();

    private PageMetadata() {
    }

    static PageMetadata of(final Document doc, final PageLandmarks landmarks) {
        final PageMetadata m = new PageMetadata();
        m.titleTag = TextNormalizer.oneLine(doc.title());
        m.readJsonLd(landmarks.jsonLdScripts);
        for (final Element meta : landmarks.metaTags) {
            final String key = (meta.attr("property") + meta.attr("name") + meta.attr("itemprop"))
                    .toLowerCase(Locale.ROOT).strip();
            final String value = unescaped(meta.attr("content"));
            if (value.isEmpty()) {
                continue;
            }
            switch (key) {
                case "og:title", "twitter:title" -> m.ogTitle = m.ogTitle == null ? value : m.ogTitle;
                case "article:published_time", "og:article:published_time", "article:published",
                     "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date",
                     "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
                     "article.published", "article_date_original", "og:published_time", "cxenseparse:recs:publishtime",
                     "content_publication_date", "pub_date" -> m.published = m.published == null ? value : m.published;
                case "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author",
                     "og:article:author" -> m.addAuthor(value.replaceFirst("(?i)^by\\s", ""));
                case "og:description", "description", "twitter:description" ->
                        m.description = m.description == null ? value : m.description;
                case "og:site_name", "application-name", "publisher", "dc.publisher" ->
                        m.siteName = m.siteName == null ? value : m.siteName;
                default -> {
                    // other meta tags say nothing the cleaner needs
                }
            }
        }
        if (m.published == null && landmarks.firstDatedTime != null) {
            m.published = landmarks.firstDatedTime.attr("datetime");
        }
        if (m.publisher == null) {
            m.publisher = m.siteName;
        }
        return m;
    }

    /** Metadata is sometimes escaped twice ("&amp;#8216;"), so entities that survive parsing are decoded once more. */
    private static String unescaped(final String value) {
        return TextNormalizer.oneLine(decoded(value));
    }

    private static String decoded(final String value) {
        return value.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(value, true) : value;
    }

    private void addAuthor(final String value) {
        // article:author is often a profile URL, which names nobody
        if (value.contains("/") || value.contains("@") || value.length() > 80) {
            return;
        }
        for (final String part : value.split("\\s?(?:,|\\band\\b|&)\\s?")) {
            BylineParser.authorName(part).ifPresent(authors::add);
        }
    }

    /** The site name a title carries after its separator, as a last resort for the publisher. */
    String titleSuffix() {
        if (titleTag == null) {
            return null;
        }
        final String[] parts = TITLE_SEPARATOR.split(titleTag);
        return parts.length >= 2 && parts[parts.length - 1].length() <= 40 ? parts[parts.length - 1].strip() : null;
    }

    private void readJsonLd(final List<Element> scripts) {
        for (final Element script : scripts) {
            final String json = script.data();
            if (json.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            try {
                visitArticles(JSON.readTree(json));
            } catch (final java.io.IOException | RuntimeException e) {
                // broken JSON-LD is common; the meta tags and the body still speak
            }
        }
    }

    private void visitArticles(final JsonNode root) {
        final Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(root);
        int visited = 0;
        while (!todo.isEmpty() && visited++ < MAX_JSON_LD_NODES) {
            final JsonNode node = todo.pop();
            if (node.isArray()) {
                node.forEach(todo::push);
                continue;
            }
            if (!node.isObject()) {
                continue;
            }
            if (node.has("@graph")) {
                todo.push(node.get("@graph"));
            }
            if (isArticle(node.get("@type"))) {
                takeArticle(node);
            }
        }
    }

    private static boolean isArticle(final JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (final JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private void takeArticle(final JsonNode article) {
        if (ldHeadline == null && article.hasNonNull("headline")) {
            ldHeadline = unescaped(article.get("headline").asText());
        }
        if (articleBody == null && article.path("articleBody").isTextual()) {
            articleBody = decoded(article.get("articleBody").asText());
        }
        if (published == null && article.hasNonNull("datePublished")) {
            published = article.get("datePublished").asText();
        }
        final JsonNode author = article.get("author");
        if (author != null && authors.isEmpty()) {
            for (final JsonNode a : author.isArray() ? author : List.of(author)) {
                final String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                if (!name.isBlank()) {
                    addAuthor(TextNormalizer.oneLine(name));
                }
            }
        }
        final JsonNode pub = article.get("publisher");
        if (publisher == null && pub != null) {
            final String name = pub.isTextual() ? pub.asText() : pub.path("name").asText("");
            if (!name.isBlank()) {
                publisher = TextNormalizer.oneLine(name);
            }
        }
    }
}
