package newswire.enrich;

import java.util.List;
import newswire.model.ArticleEvent;
import newswire.model.Claim;
import newswire.model.CleanArticle;
import newswire.model.Entities;

/** Joins a clean article and its claims into the event downstream consumers read. Stateless and thread-safe. */
public final class Enricher {

    public static Enricher standard() {
        return new Enricher();
    }

    public ArticleEvent enrich(final CleanArticle article, final List<Claim> claims) {
        return new ArticleEvent(article.id(), ArticleEvent.TYPE, article.source(), article.publishedAt(),
                article.title(), article, Entities.NONE, claims, null);
    }
}
