package newswire.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import newswire.model.RawArticle;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {

    private final ArticleValidator validator = new ArticleValidator(100);

    @Test
    void shouldPassAGoodArticleAndFillItsIdFromTheKeyWhenMissing() {
        final RawArticle article = validator.validate("key-1", raw(null, "text/html", "<p>Story</p>"));

        assertThat(article.id()).isEqualTo("key-1");
        assertThat(article.contentType()).isEqualTo("text/html");
        assertThat(validator.validate("key-1", raw("own", null, "Story")).contentType()).isEqualTo("text/plain");
        assertThat(validator.validate("key-1", raw("own", null, "Story")).id()).isEqualTo("own");
    }

    @Test
    void shouldRejectEachKindOfUnprocessableArticleWithItsReason() {
        assertRejected(null, "tombstone");
        assertRejected(raw("a", "text/plain", null), "no body");
        assertRejected(raw("a", "text/plain", " \n\t "), "empty body");
        assertRejected(raw("a", "text/plain", "x".repeat(101)), "101 characters is over the limit of 100");
        assertRejected(raw("a", "application/pdf", "%PDF"), "unsupported contentType 'application/pdf'");
        assertThatThrownBy(() -> validator.validate(null, raw(null, "text/plain", "story")))
                .isInstanceOf(RejectedArticleException.class).hasMessageContaining("no id");
    }

    private void assertRejected(final RawArticle article, final String reason) {
        assertThatThrownBy(() -> validator.validate("k", article))
                .isInstanceOf(RejectedArticleException.class).hasMessageContaining(reason);
    }

    private static RawArticle raw(final String id, final String contentType, final String body) {
        return new RawArticle(id, "test", contentType, body, null, null, null, null, null);
    }
}
