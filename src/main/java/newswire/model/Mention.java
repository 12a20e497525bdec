package newswire.model;

/** One place in {@link CleanArticle#body()} where an entity is named ({@code end} exclusive). */
public record Mention(int start, int end) {
}
