package newswire.model;

/** A photo caption taken out of the body, with its credit ({@code PRESIDENTIAL OFFICE}, {@code YONHAP}) split out. */
public record Caption(String text, String credit) {
}
