package newswire.clean;

/** The raw article cannot be turned into a clean one; the message says why (the dead-letter topic shows it). */
public final class UncleanableArticleException extends IllegalArgumentException {

    public UncleanableArticleException(final String articleId, final String reason) {
        super("article " + articleId + ": " + reason);
    }
}
