package newswire.dedupe;

import static newswire.dedupe.DedupeFrames.jsonHeadFrame;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import newswire.dedupe.UnreadableRecords.Article;
import org.junit.jupiter.api.Test;

/** What a dedupe record its serde refuses still says about its article, from its head or its key. */
class UnreadableRecordsTest {

    private static final String JSON_HEAD = "{\"articleId\":\"plant-fire\",\"delivery\":\"plant-fire@2:17\","
            + "\"partition\":1,\"expected\":3,\"keys\":[\"0:ab\",\"4:cd\"],\"sketch\":{\"words\":[1,2]}}";

    @Test
    void shouldReadTheArticleAndItsInputFromAnEarlierReleasesJsonHead() {
        // Given a band group as releases before session 19 framed it: the JSON head's length, the head, the event
        final byte[] frame = jsonHeadFrame(JSON_HEAD, "{\"id\":\"plant-fire\"}");

        // Then its head names the article and where its input was read, whatever the key says
        assertThat(UnreadableRecords.articleOf(utf8("something else"), frame))
                .isEqualTo(new Article("plant-fire", 2, 17L));
    }

    @Test
    void shouldReadAHeadCutShortAsFarAsItGoes() {
        // Given that frame cut in the middle of its keys, its length still claiming the whole head
        final byte[] whole = jsonHeadFrame(JSON_HEAD, "");
        final byte[] cut = Arrays.copyOf(whole, Integer.BYTES + JSON_HEAD.indexOf("\"keys\"") + 5);

        assertThat(UnreadableRecords.articleOf(null, cut)).isEqualTo(new Article("plant-fire", 2, 17L));
    }

    @Test
    void shouldReadTheRecordOfReleasesBeforeFramesWhoseEventWasAField() {
        final byte[] record = utf8("{\"event\":{\"id\":\"x\",\"body\":\"a \\\"quoted\\\" word\"},"
                + "\"articleId\":\"dam-report\",\"delivery\":\"dam-report@0:3\"}");

        assertThat(UnreadableRecords.articleOf(null, record)).isEqualTo(new Article("dam-report", 0, 3L));
    }

    @Test
    void shouldTakeWhatTheHeadLacksFromTheKeyTheDelivery() {
        // A head that names the article but not its delivery, and a binary frame cut short whose head cannot be read
        final byte[] noDelivery = jsonHeadFrame("{\"articleId\":\"port-strike\"}", "");
        final byte[] corrupt = {0, 0, 0, 90, 1, 0, 0};

        assertThat(UnreadableRecords.articleOf(utf8("port-strike@5:1200"), noDelivery))
                .isEqualTo(new Article("port-strike", 5, 1200L));
        assertThat(UnreadableRecords.articleOf(utf8("port-strike@5:1200"), corrupt))
                .isEqualTo(new Article("port-strike", 5, 1200L));
    }

    @Test
    void shouldKeepAnIdWithAnAtSignWhole() {
        // An id that holds '@' but names no input, as a key written before deliveries: the id alone, input unknown
        assertThat(UnreadableRecords.articleOf(utf8("desk@example"), new byte[] {7}))
                .isEqualTo(new Article("desk@example", null, null));
        assertThat(UnreadableRecords.articleOf(utf8("desk@example@1:9"), null))
                .isEqualTo(new Article("desk@example", 1, 9L));
    }

    @Test
    void shouldKnowNothingWhenNeitherHeadNorKeyNamesAnArticle() {
        assertThat(UnreadableRecords.articleOf(null, utf8("{not json at all"))).isEqualTo(Article.UNKNOWN);
        assertThat(UnreadableRecords.articleOf(new byte[0], new byte[0])).isEqualTo(Article.UNKNOWN);
        assertThat(UnreadableRecords.articleOf(null, utf8("[\"articleId\",\"x\"]")).articleId()).isNull();
    }

    @Test
    void shouldTellTheDedupesRepartitionTopicsFromOthers() {
        assertThat(Dedupe.isDedupeTopic("newswire-dedupe-bands-repartition")).isTrue();
        assertThat(Dedupe.isDedupeTopic("my-app-dedupe-verdicts-repartition")).isTrue();
        assertThat(Dedupe.isDedupeTopic("newswire-estimates-by-subject-repartition")).isFalse();
        assertThat(Dedupe.isDedupeTopic("news.raw")).isFalse();
        assertThat(Dedupe.isDedupeTopic(null)).isFalse();
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
