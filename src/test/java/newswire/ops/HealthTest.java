package newswire.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

/** What the probes answer in each of Kafka Streams' states. */
class HealthTest {

    @Test
    void shouldBeReadyOnlyWhileRunning() {
        for (final State state : State.values()) {
            assertThat(Health.ready(state)).as(state.name()).isEqualTo(state == State.RUNNING);
        }
    }

    @Test
    void shouldBeAliveUnlessKafkaStreamsFailed() {
        final Set<State> dead = EnumSet.of(State.PENDING_ERROR, State.ERROR);
        for (final State state : State.values()) {
            assertThat(Health.live(state, false)).as(state.name()).isEqualTo(!dead.contains(state));
        }
    }

    @Test
    void shouldNotBeAliveWhenStoppedAfterAFailure() {
        assertThat(Health.live(State.NOT_RUNNING, true)).isFalse();
        assertThat(Health.live(State.PENDING_SHUTDOWN, true)).isFalse();
    }
}
