package newswire.model;

/**
 * Where a claim was read: the sentence and its character offsets into {@link CleanArticle#body()} ({@code end}
 * exclusive).
 */
public record Evidence(String sentence, int start, int end) {
}
