package newswire.pipeline;

import newswire.model.RawArticle;

/**
 * Decides whether a parsed record is an article worth cleaning, before any expensive work is done on it. Cheap checks
 * only: a tombstone, a missing or blank body, an unknown content type, a body over the size limit.
 */
public final class ArticleValidator {

    private final int maxArticleChars;

    public ArticleValidator(final int maxArticleChars) {
        this.maxArticleChars = maxArticleChars;
    }

    /**
     * Returns the article with its id filled from the record key when the producer left it out.
     *
     * @throws RejectedArticleException when the article cannot be processed
     */
    public RawArticle validate(final String key, final RawArticle raw) {
        if (raw == null) {
            throw new RejectedArticleException("null value (tombstone): a tombstone carries no article");
        }
        if (raw.body() == null) {
            throw new RejectedArticleException("no body: a RawArticle needs the article text or HTML in 'body'");
        }
        if (raw.body().length() > maxArticleChars) {
            throw new RejectedArticleException("body of " + raw.body().length() + " characters is over the limit of "
                    + maxArticleChars + " (newswire.max.article.chars)");
        }
        if (raw.body().isBlank()) {
            throw new RejectedArticleException("empty body");
        }
        final String contentType = raw.contentType() == null ? RawArticle.TEXT_PLAIN : raw.contentType();
        if (!contentType.startsWith(RawArticle.TEXT_PLAIN) && !contentType.startsWith(RawArticle.TEXT_HTML)) {
            throw new RejectedArticleException("unsupported contentType '" + contentType + "': expected "
                    + RawArticle.TEXT_PLAIN + " or " + RawArticle.TEXT_HTML);
        }
        final String id = raw.id() == null || raw.id().isBlank() ? key : raw.id();
        if (id == null || id.isBlank()) {
            throw new RejectedArticleException("no id: neither the record key nor the article's 'id' is set");
        }
        return new RawArticle(id, raw.source(), contentType, raw.body(), raw.fetchedAt(), raw.url(), raw.title(),
                raw.language(), raw.publishedAt());
    }
}
