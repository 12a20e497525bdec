package newswire.ops;

import org.apache.kafka.streams.KafkaStreams.State;

/**
 * What the health probes answer, from Kafka Streams' state.
 *
 * <ul>
 *   <li>Live: the process is worth keeping; false once Kafka Streams has failed (ERROR, or on its way there), and
 *       when it stopped after a failure. Starting, rebalancing and an orderly shutdown are alive: restarting the
 *       process would not help them.</li>
 *   <li>Ready: processing now, RUNNING only. While starting, rebalancing or stopping an instance has no tasks to
 *       serve, and its interactive queries may not answer.</li>
 * </ul>
 */
public final class Health {

    private Health() {
    }

    /** Whether the process is alive in state {@code state}, given whether Kafka Streams has failed before. */
    public static boolean live(final State state, final boolean failed) {
        return switch (state) {
            case PENDING_ERROR, ERROR -> false;
            case NOT_RUNNING, PENDING_SHUTDOWN -> !failed;
            case CREATED, REBALANCING, RUNNING -> true;
        };
    }

    public static boolean ready(final State state) {
        return state == State.RUNNING;
    }
}
