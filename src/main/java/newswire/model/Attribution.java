package newswire.model;

/**
 * Who says so.
 *
 * @param source the organisation or person, resolved ("National Intelligence Service")
 * @param text   the words of the text that name them ("Seoul's National Intelligence Service said")
 */
public record Attribution(String source, String text) {
}
