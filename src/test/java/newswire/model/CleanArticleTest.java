package newswire.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CleanArticleTest {

    @Test
    void shouldListWhatWasRemovedInOneOrderOnEveryRun() {
        final Map<String, Integer> removed = new HashMap<>();
        for (final String reason : List.of("markup", "chrome", "title", "boilerplate", "duplicate", "copyright",
                "caption", "byline", "feedback", "template")) {
            removed.put(reason, reason.length());
        }

        final CleanArticle article = new CleanArticle("a1", "test", null, "Title", Byline.NONE, null, null, "en",
                List.of("One paragraph."), List.of(), removed, null);

        assertThat(article.removed().keySet()).containsExactly("boilerplate", "byline", "caption", "chrome",
                "copyright", "duplicate", "feedback", "markup", "template", "title");
        assertThatThrownBy(() -> article.removed().put("chrome", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
