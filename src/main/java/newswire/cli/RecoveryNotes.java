package newswire.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Turns what Kafka Streams logs while it recovers on its own into one line per recovery, and leaves out Kafka's line
 * for a mistake Newswire reports in its own words. After a broker restarted
 * without its data (the README's broker), or a topic was recreated, Streams finds local state ahead of the changelogs
 * and offsets out of range; it wipes the tasks concerned and restores them, and says so in pages of WARN stack traces
 * from several of its classes. This filter (installed by logback.xml) drops those events and logs what happened, once a
 * minute at most per kind; {@code --verbose} takes it out, so every line is there again.
 */
public final class RecoveryNotes extends TurboFilter {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RecoveryNotes.class);
    private static final Duration QUIET = Duration.ofMinutes(1);

    /** A recovery Kafka Streams carries out by itself: the exceptions and messages that show it, and what to say. */
    private record Recovery(List<String> exceptions, String marker, String note) {
        boolean matches(final String format, final Throwable thrown) {
            if (format != null && marker != null && format.contains(marker)) {
                return true;
            }
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (exceptions.contains(cause.getClass().getSimpleName())) {
                    return true;
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
            return false;
        }
    }

    private static final List<Recovery> RECOVERIES = List.of(
            new Recovery(List.of("TaskCorruptedException", "OffsetOutOfRangeException", "InvalidOffsetException"),
                    "corrupted", "Local state is out of step with the broker's topics (a broker restarted without its "
                            + "data, or topics were recreated): Kafka Streams is wiping the tasks concerned and "
                            + "restoring them from their changelogs"),
            new Recovery(List.of("TaskMigratedException", "ProducerFencedException", "InvalidProducerEpochException"),
                    null, "This instance lost its place in the consumer group (the broker restarted, or a "
                            + "rebalance passed it by): Kafka Streams is closing its tasks and rejoining"));

    /**
     * Kafka's own lines for a mistake that Newswire reports itself, in one line a person can act on: a second
     * instance on a state directory another one holds (StreamsRunner says which directory and what to do).
     */
    private static final List<String> SAID_BY_NEWSWIRE = List.of("state directory is already locked by another process");

    private final Map<Recovery, Long> lastNoted = new ConcurrentHashMap<>();

    @Override
    public FilterReply decide(final Marker marker, final Logger logger, final Level level, final String format,
                              final Object[] params, final Throwable thrown) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith("org.apache.kafka")) {
            return FilterReply.NEUTRAL;
        }
        if (format != null && SAID_BY_NEWSWIRE.stream().anyMatch(format::contains)) {
            return FilterReply.DENY;
        }
        final Throwable exception = thrown != null ? thrown : lastThrowable(params);
        for (final Recovery recovery : RECOVERIES) {
            if (recovery.matches(format, exception)) {
                note(recovery);
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }

    private void note(final Recovery recovery) {
        final long now = System.nanoTime();
        final Long last = lastNoted.get(recovery);
        if (last == null || now - last > QUIET.toNanos()) {
            lastNoted.put(recovery, now);
            LOG.warn("{} (details with --verbose)", recovery.note());
        }
    }

    /** SLF4J passes an exception as the last argument of a parameterised message. */
    private static Throwable lastThrowable(final Object[] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable thrown
                ? thrown : null;
    }
}
