package newswire.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import newswire.config.NewswireConfig;
import newswire.config.TopicNames;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Every input ends as exactly one event or one dead letter, with its claims: how the audit tells. */
class FlowAuditTest {

    private final TopicNames topics = NewswireConfig.defaults().topics();
    private final FlowAudit audit = new FlowAudit(topics);
    private long offset;

    @Test
    void shouldFindTheInputsWithoutAnOutcomeAndThoseWithTwo() {
        // Given three inputs, one of them published twice, and outcomes for some
        add(topics.raw(), "a", "{}");
        add(topics.raw(), "b", "{}");
        add(topics.raw(), "c", "{}");
        add(topics.raw(), "c", "{}");
        add(topics.events(), "a", "{\"claims\":[{},{}]}");
        add(topics.deadLetters(), "b", "not json");
        add(topics.deadLetters(), "b", "not json");
        add(topics.events(), "c", "{\"claims\":[],\"duplicateOf\":\"a\"}");
        add(topics.events(), "z", "{\"claims\":[]}");

        final FlowAudit.Result result = audit.result();

        assertThat(result.lost()).isEqualTo(Map.of("c", 1L));
        assertThat(result.doubled()).isEqualTo(Map.of("b", 1L, "z", 1L));
        assertThat(result.exact()).isFalse();
        assertThat(result.describe())
                .isEqualTo("4 read → 3 events, 0 claims, 2 dead letters; 1 lost [c], 2 doubled [b, z]");
    }

    @Test
    void shouldAccountForAnArticleOnlyOnceItsOriginalsClaimsAreIn() throws InterruptedException {
        add(topics.raw(), "a", "{}");
        add(topics.raw(), "b", "{}");
        add(topics.events(), "a", "{\"claims\":[{},{}]}");
        add(topics.events(), "b", "{\"claims\":[{}],\"duplicateOf\":\"a\"}");
        add(topics.claims(), "a-1", "{}");
        assertThat(audit.await(2, 0, System.nanoTime())).as("a claim of a is missing").isFalse();

        add(topics.claims(), "a-2", "{}");

        assertThat(audit.await(2, 0, System.nanoTime())).isTrue();
        assertThat(audit.await(3, 0, System.nanoTime())).as("a third input was not read").isFalse();
        assertThat(audit.result().exact()).isTrue();
        assertThat(audit.result().duplicates()).isEqualTo(1);
        assertThat(audit.result().claimsExpected()).isEqualTo(2);
    }

    private void add(final String topic, final String key, final String value) {
        audit.add(new ConsumerRecord<>(topic, 0, offset++, key.getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8)));
    }
}
