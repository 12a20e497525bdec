package newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import newswire.model.ArticleEvent;
import newswire.model.Attribution;
import newswire.model.Byline;
import newswire.model.Caption;
import newswire.model.Claim;
import newswire.model.ClaimKind;
import newswire.model.ClaimStatus;
import newswire.model.CleanArticle;
import newswire.model.Entities;
import newswire.model.Entity;
import newswire.model.Evidence;
import newswire.model.Mention;
import newswire.model.Party;
import newswire.model.Quantity;
import newswire.model.RawArticle;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    static final CleanArticle ARTICLE = new CleanArticle("a1", "seed.txt", null, "Title",
            new Byline(List.of("김사라", "SARAH KIM"), List.of("kim.sarah@joongang.co.kr")), "Korea JoongAng Daily",
            OffsetDateTime.parse("2024-10-21T18:59:00+09:00"), "en", List.of("One.", "Two."),
            List.of(new Caption("Yoon speaks.", "PRESIDENTIAL OFFICE")), Map.of("chrome", 3, "duplicate", 1),
            "0123456789abcdef");
    static final Claim CLAIM = new Claim("a1:troops:5", "a1", ClaimKind.TROOPS,
            new Quantity(1500L, null, null, true, "some", "some 1,500"), "special forces",
            new Party("North Korea", "PRK"), new Party("Russia", "RUS"), null, ClaimStatus.REPORTED,
            new Attribution("South Korean intelligence", "South Korean intelligence authorities have recently confirmed"),
            new Evidence("Some 1,500 went.", 5, 21), 0.9);

    @Test
    void shouldRoundTripEveryRecordOnATopic() {
        final RawArticle raw = new RawArticle("a1", "seed.txt", "text/plain", "body", "2024-10-21T10:00:00Z", null,
                null, null, null);
        final ArticleEvent event = new ArticleEvent("a1", ArticleEvent.TYPE, "seed.txt", ARTICLE.publishedAt(), "Title",
                ARTICLE, new Entities(List.of(), List.of(), List.of(new Entity("Russia", "RUS", null, null,
                List.of(new Mention(0, 6))))), List.of(CLAIM), null);

        assertThat(roundTrip(raw, RawArticle.class)).isEqualTo(raw);
        assertThat(roundTrip(ARTICLE, CleanArticle.class)).isEqualTo(ARTICLE);
        assertThat(roundTrip(CLAIM, Claim.class)).isEqualTo(CLAIM);
        assertThat(roundTrip(event, ArticleEvent.class)).isEqualTo(event);
    }

    @Test
    void shouldWriteTheContractsFieldNamesEnumsInLowerCaseAndTimesAsIsoWithTheirOffset() {
        final String json = new String(new JsonSerde<>(Claim.class).serialize("t", CLAIM), StandardCharsets.UTF_8);
        final String article = new String(new JsonSerde<>(CleanArticle.class).serialize("t", ARTICLE),
                StandardCharsets.UTF_8);

        assertThat(json).contains("\"kind\":\"troops\"", "\"status\":\"reported\"", "\"articleId\":\"a1\"",
                "\"quantity\":{\"value\":1500,\"low\":null,\"high\":null,\"approximate\":true");
        assertThat(article).contains("\"publishedAt\":\"2024-10-21T18:59:00+09:00\"").doesNotContain("\"body\"");
    }

    @Test
    void shouldWriteTheBytesThatPlainJacksonWritesWithoutTheGeneratedAccessorsOrTheReusedBuffer() throws Exception {
        final ObjectMapper plain = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        final ArticleEvent event = new ArticleEvent("a1", ArticleEvent.TYPE, "seed.txt", ARTICLE.publishedAt(), "Title",
                ARTICLE, new Entities(List.of(), List.of(), List.of(new Entity("Russia", "RUS", null, null,
                List.of(new Mention(0, 6))))), List.of(CLAIM), "a0");

        assertThat(new JsonSerde<>(ArticleEvent.class).serialize("t", event)).isEqualTo(plain.writeValueAsBytes(event));
        assertThat(new JsonSerde<>(Claim.class).serialize("t", CLAIM)).isEqualTo(plain.writeValueAsBytes(CLAIM));
    }

    @Test
    void shouldHandEachWriteItsOwnBytesWhateverTheDocumentsSize() {
        final JsonSerde<RawArticle> serde = new JsonSerde<>(RawArticle.class);
        final RawArticle large = new RawArticle("big", "seed.txt", "text/plain", "word ".repeat(40_000), null, null,
                null, null, null);
        final RawArticle small = new RawArticle("a1", "seed.txt", "text/plain", "body", null, null, null, null, null);

        final byte[] first = serde.serialize("t", small);
        final byte[] copy = first.clone();
        final byte[] largeBytes = serde.serialize("t", large);
        serde.serialize("t", small);

        assertThat(first).isEqualTo(copy);
        assertThat(serde.deserialize("t", largeBytes)).isEqualTo(large);
        assertThat(serde.deserialize("t", serde.serialize("t", small))).isEqualTo(small);
    }

    @Test
    void shouldTolerateUnknownFieldsAndMissingOptionalOnes() {
        final JsonSerde<RawArticle> serde = new JsonSerde<>(RawArticle.class);

        final RawArticle article = serde.deserialize("t",
                "{\"id\":\"x\",\"body\":\"text\",\"scraperVersion\":7}".getBytes(StandardCharsets.UTF_8));

        assertThat(article.id()).isEqualTo("x");
        assertThat(article.body()).isEqualTo("text");
        assertThat(article.contentType()).isNull();
    }

    @Test
    void shouldTreatNullAsATombstoneBothWays() {
        final JsonSerde<CleanArticle> serde = new JsonSerde<>(CleanArticle.class);

        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }

    @Test
    void shouldExplainWhatIsWrongWithBytesThatAreNotTheRecord() {
        final JsonSerde<RawArticle> serde = new JsonSerde<>(RawArticle.class);

        assertThatThrownBy(() -> serde.deserialize("t", "{\"body\": [1, 2]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageStartingWith("not a RawArticle JSON document");
        assertThatThrownBy(() -> serde.deserialize("t", new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', '}'}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("UTF-8");
    }

    private static <T> T roundTrip(final T value, final Class<T> type) {
        final JsonSerde<T> serde = new JsonSerde<>(type);
        return serde.deserialize("t", serde.serialize("t", value));
    }
}
