package newswire.model;

/**
 * A number as a reader understands it. "some 1,500" is value 1500, approximate, qualifier "some"; "between 3,000 and
 * 5,000" is low 3000 and high 5000; "more than 200" is low 200; "up to 1.5 million" is high 1500000.
 *
 * @param text the words the quantity was read from, as written
 */
public record Quantity(Long value, Long low, Long high, boolean approximate, String qualifier, String text) {
}
