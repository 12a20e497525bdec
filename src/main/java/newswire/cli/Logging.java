package newswire.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Log levels a command changes for its run: everything at {@code --verbose} (and {@link RecoveryNotes} out), or Kafka
 * silenced for the demo, whose output is the flow itself. The levels and appenders of logback.xml come back when the
 * command ends.
 */
final class Logging {

    /** Kafka's loggers: the clients, Streams and the embedded broker. */
    private static final List<String> KAFKA = List.of("org.apache.kafka", "kafka", "state.change.logger");

    private Logging() {
    }

    /** Levels changed for one command; closing puts the previous ones back. */
    interface Levels extends AutoCloseable {
        Levels NONE = () -> { };

        @Override
        void close();
    }

    /** Kafka at INFO with none of logback.xml's exceptions or {@link RecoveryNotes}, Newswire at DEBUG. */
    static Levels verbose() {
        final Levels restore = snapshot();
        final Logger root = root();
        for (final Appender<ILoggingEvent> appender : appendersOf(root)) {
            if (appender instanceof RecoveryNotes notes) {
                // The appenders within take every line from the root itself, added before it goes so none is lost.
                notes.iteratorForAppenders().forEachRemaining(root::addAppender);
                root.detachAppender(notes);
            }
        }
        for (final Logger logger : context().getLoggerList()) {
            if (isKafka(logger.getName())) {
                logger.setLevel(null);
            }
        }
        KAFKA.forEach(name -> context().getLogger(name).setLevel(Level.INFO));
        context().getLogger("newswire").setLevel(Level.DEBUG);
        return restore;
    }

    /** Nothing from Kafka; Newswire's own log stays. */
    static Levels quietKafka() {
        final Levels restore = snapshot();
        KAFKA.forEach(name -> context().getLogger(name).setLevel(Level.OFF));
        return restore;
    }

    private static Levels snapshot() {
        final Map<Logger, Level> levels = new HashMap<>();
        for (final Logger logger : context().getLoggerList()) {
            levels.put(logger, logger.getLevel());
        }
        final List<Appender<ILoggingEvent>> rootAppenders = appendersOf(root());
        return () -> {
            levels.forEach(Logger::setLevel);
            final Logger root = root();
            rootAppenders.stream().filter(appender -> !root.isAttached(appender)).forEach(root::addAppender);
            appendersOf(root).stream().filter(appender -> !rootAppenders.contains(appender))
                    .forEach(root::detachAppender);
        };
    }

    private static List<Appender<ILoggingEvent>> appendersOf(final Logger logger) {
        final List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
        logger.iteratorForAppenders().forEachRemaining(appenders::add);
        return appenders;
    }

    private static Logger root() {
        return context().getLogger(Logger.ROOT_LOGGER_NAME);
    }

    private static boolean isKafka(final String name) {
        return KAFKA.stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + "."));
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
