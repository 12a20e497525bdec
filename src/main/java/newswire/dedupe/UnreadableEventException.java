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

    private UnreadableEventException(final String articleId, final Integer inputPartition, final Long inputOffset,
                                     final RuntimeException cause) {
        super("the event of article " + articleId + " cannot be read back after the dedupe: " + cause.getMessage(),
                cause);
        this.articleId = articleId;
        this.inputPartition = inputPartition;
        this.inputOffset = inputOffset;
    }

    /** For the article of {@code delivery} ({@link DedupeRecords#deliveryOf}), whose partition and offset it names. */
    static UnreadableEventException of(final String articleId, final String delivery, final RuntimeException cause) {
        final String prefix = articleId + "@";
        if (delivery.startsWith(prefix)) {
            final String read = delivery.substring(prefix.length());
            final int colon = read.indexOf(':');
            try {
                return new UnreadableEventException(articleId, Integer.valueOf(read.substring(0, colon)),
                        Long.valueOf(read.substring(colon + 1)), cause);
            } catch (final NumberFormatException | IndexOutOfBoundsException e) {
                // not a partition and offset: the article is still named
            }
        }
        return new UnreadableEventException(articleId, null, null, cause);
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
