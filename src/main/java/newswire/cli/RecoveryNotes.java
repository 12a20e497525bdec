package newswire.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns what Kafka Streams logs while it recovers on its own into one line per recovery, and leaves out Kafka's line
 * for a mistake Newswire reports in its own words. After a broker restarted
 * without its data (the README's broker), or a topic was recreated, Streams finds local state ahead of the changelogs
 * and offsets out of range; it wipes the tasks concerned and restores them, and says so in pages of WARN stack traces
 * from several of its classes. This appender drops those lines and writes what happened, once a minute at most per
 * kind; every other line it passes on to the appenders within it; {@code --verbose} takes it out, so every line is
 * there again ({@link Logging#verbose}).
 *
 * <p>An appender (logback.xml: the root's, with the console within it) rather than a turbo filter: logback asks a
 * turbo filter before every level check, and Kafka checks TRACE and DEBUG on every record it handles, which cost 2.2 %
 * of the stream thread's time (docs/performance.md); an appender sees only the lines a logger lets through.
 */
public final class RecoveryNotes extends UnsynchronizedAppenderBase<ILoggingEvent>
        implements AppenderAttachable<ILoggingEvent> {

    private static final Duration QUIET = Duration.ofMinutes(1);

    /** A recovery Kafka Streams carries out by itself: the exceptions and messages that show it, and what to say. */
    private record Recovery(List<String> exceptions, String marker, String note) {
        boolean matches(final String format, final IThrowableProxy thrown) {
            if (format != null && marker != null && format.contains(marker)) {
                return true;
            }
            for (IThrowableProxy cause = thrown; cause != null && !cause.isCyclic(); cause = cause.getCause()) {
                if (exceptions.contains(simpleName(cause.getClassName()))) {
                    return true;
                }
            }
            return false;
        }

        private static String simpleName(final String className) {
            return className.substring(className.lastIndexOf('.') + 1);
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

    private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
    private final Map<Recovery, Long> lastNoted = new ConcurrentHashMap<>();

    @Override
    protected void append(final ILoggingEvent line) {
        if (!isKafkasWarning(line)) {
            appenders.appendLoopOnAppenders(line);
            return;
        }
        final String format = line.getMessage();
        if (format != null && SAID_BY_NEWSWIRE.stream().anyMatch(format::contains)) {
            return;
        }
        for (final Recovery recovery : RECOVERIES) {
            if (recovery.matches(format, line.getThrowableProxy())) {
                note(recovery);
                return;
            }
        }
        appenders.appendLoopOnAppenders(line);
    }

    private static boolean isKafkasWarning(final ILoggingEvent line) {
        return line.getLevel().isGreaterOrEqual(Level.WARN) && line.getLoggerName().startsWith("org.apache.kafka");
    }

    private void note(final Recovery recovery) {
        final long now = System.nanoTime();
        final Long last = lastNoted.get(recovery);
        // From the appender's context, not SLF4J's factory, which is still being set up while logback.xml makes this.
        final Logger notes = ((LoggerContext) getContext()).getLogger(RecoveryNotes.class);
        if ((last == null || now - last > QUIET.toNanos()) && notes.isWarnEnabled()) {
            lastNoted.put(recovery, now);
            // Written to the appenders within, not logged: logback drops a line logged while this appender appends.
            appenders.appendLoopOnAppenders(new LoggingEvent(RecoveryNotes.class.getName(), notes, Level.WARN,
                    "{} (details with --verbose)", null, new Object[] {recovery.note()}));
        }
    }

    @Override
    public void stop() {
        super.stop();
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public void addAppender(final Appender<ILoggingEvent> appender) {
        appenders.addAppender(appender);
    }

    @Override
    public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
        return appenders.iteratorForAppenders();
    }

    @Override
    public Appender<ILoggingEvent> getAppender(final String name) {
        return appenders.getAppender(name);
    }

    @Override
    public boolean isAttached(final Appender<ILoggingEvent> appender) {
        return appenders.isAttached(appender);
    }

    @Override
    public void detachAndStopAllAppenders() {
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public boolean detachAppender(final Appender<ILoggingEvent> appender) {
        return appenders.detachAppender(appender);
    }

    @Override
    public boolean detachAppender(final String name) {
        return appenders.detachAppender(name);
    }
}
