package newswire.model;

import java.util.List;

/** Who wrote an article: names as printed (romanised and Korean forms both kept) and their e-mail addresses. */
public record Byline(List<String> authors, List<String> emails) {

    public static final Byline NONE = new Byline(List.of(), List.of());

    public Byline {
        authors = List.copyOf(authors);
        emails = List.copyOf(emails);
    }
}
