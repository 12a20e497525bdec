package newswire.dedupe;

/**
 * The event the dedupe carried for an article could not be read back when every partition had answered (bytes of
 * another release's layout, say). The record in process then is the dedupe's internal verdict, keyed by the delivery;
 * this names the article and where its input record was read, so that its dead letter can be filed under the
 * article's id and point at its input, as every other stage's is.
 */
public final class UnreadableEventException extends RuntimeException {

    private final String articleId;
    private final Integer inputPartition;
    private final Long inputOffset;

    private UnreadableEventException(final String articleId, final DedupeRecords.Input input,
                                     final RuntimeException cause) {
        super("the event of article " + articleId + " cannot be read back after the dedupe: " + cause.getMessage(),
                cause);
        this.articleId = articleId;
        this.inputPartition = input == null ? null : input.partition();
        this.inputOffset = input == null ? null : input.offset();
    }

    /** For the article of {@code delivery} ({@link DedupeRecords#deliveryOf}), whose partition and offset it names. */
    static UnreadableEventException of(final String articleId, final String delivery, final RuntimeException cause) {
        return new UnreadableEventException(articleId, DedupeRecords.inputOf(articleId, delivery), cause);
    }

    public String articleId() {
        return articleId;
    }

    /** The partition of the dedupe's input its record was read from, or null if the dedupe did not know it. */
    public Integer inputPartition() {
        return inputPartition;
    }

    /** Its offset there, or null. */
    public Long inputOffset() {
        return inputOffset;
    }
}
