package newswire.pipeline;

/** An article Newswire will not process, with the reason an operator reads in the dead letter's headers. */
public final class RejectedArticleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RejectedArticleException(final String reason) {
        super(reason);
    }
}
