package newswire.dedupe;

/**
 * The event the dedupe carried for an article could not be read back when every partition had answered (bytes of
 * another release's layout, say). The record in process then is the dedupe's internal verdict, keyed by the delivery;
 * this names the article and where its input record was read, so that its dead letter can be filed under the
 * article's id and point at its input, as every other stage's is.
 */
public final class UnreadableEventException extends RuntimeException {

    private final transient UnreadableRecords.Article article;

    private UnreadableEventException(final UnreadableRecords.Article article, final RuntimeException cause) {
        super("the event of article " + article.articleId() + " cannot be read back after the dedupe: "
                + cause.getMessage(), cause);
        this.article = article;
    }

    /** For the article of {@code delivery} ({@link DedupeRecords#deliveryOf}), whose partition and offset it names. */
    static UnreadableEventException of(final String articleId, final String delivery, final RuntimeException cause) {
        return new UnreadableEventException(
                UnreadableRecords.Article.of(articleId, DedupeRecords.inputOf(articleId, delivery)), cause);
    }

    /** The article, and where its input record was read if the dedupe knew it. */
    public UnreadableRecords.Article article() {
        return article;
    }
}
