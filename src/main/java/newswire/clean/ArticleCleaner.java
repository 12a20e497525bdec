package newswire.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import newswire.model.Byline;
import newswire.model.CleanArticle;
import newswire.model.RawArticle;

/** Turns a raw article into the story's paragraphs and metadata. Stateless and thread-safe. */
public final class ArticleCleaner {

    public static ArticleCleaner standard() {
        return new ArticleCleaner();
    }

    public CleanArticle clean(final RawArticle raw) {
        final List<String> paragraphs = Arrays.stream(raw.body().split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        return new CleanArticle(raw.id(), raw.source(), raw.url(), raw.title(), Byline.NONE, null, null, raw.language(),
                paragraphs, List.of(), Map.of(), null);
    }
}
