package newswire.config;

/** A setting the person running Newswire got wrong: an unknown {@code newswire.*} key, or a value out of its range. */
public final class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingException(final String message) {
        super(message);
    }
}
