package newswire.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The enriched event on {@code news.events}: a CloudEvents-style envelope around the clean article, its entities and
 * its claims.
 *
 * @param id          the article id: replaying an article yields the same event id, so consumers can deduplicate
 * @param type        {@value #TYPE}
 * @param source      where the article came from (URL or file name)
 * @param time        when it was published, else when it was fetched, else null
 * @param subject     the article's title
 * @param duplicateOf id of an earlier near-duplicate article, or null
 */
public record ArticleEvent(String id, String type, String source, OffsetDateTime time, String subject,
                           CleanArticle article, Entities entities, List<Claim> claims, String duplicateOf) {

    public static final String TYPE = "io.newswire.article.enriched.v1";

    public ArticleEvent {
        claims = List.copyOf(claims);
    }

    /** The same event, marked as a near-duplicate of an earlier article (or not, for null). */
    public ArticleEvent withDuplicateOf(final String earlierArticleId) {
        return new ArticleEvent(id, type, source, time, subject, article, entities, claims, earlierArticleId);
    }
}
