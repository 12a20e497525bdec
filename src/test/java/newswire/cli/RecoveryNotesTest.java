package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** What reaches the appenders within {@link RecoveryNotes}: Kafka's recovery traces as one note, every other line. */
class RecoveryNotesTest {

    private final RecoveryNotes notes = new RecoveryNotes();
    private final Logger streamThread =
            (Logger) LoggerFactory.getLogger("org.apache.kafka.streams.processor.internals.StreamThread");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void start() {
        notes.setContext(streamThread.getLoggerContext());
        lines.start();
        notes.addAppender(lines);
        notes.start();
    }

    @AfterEach
    void stop() {
        notes.stop();
    }

    @Test
    void shouldTurnKafkasTracesOfARecoveryIntoOneLine() {
        final Exception corrupted = new TaskCorruptedException(Set.of(new TaskId(0, 1)));
        final Exception outOfRange = new RuntimeException("restore failed",
                new OffsetOutOfRangeException("out of range", Map.of(new TopicPartition("t", 0), 7L)));

        // The exception as SLF4J's last argument, as a cause, and none but the message's word for it
        notes.doAppend(line(streamThread, Level.WARN, "Detected the states of tasks {} are corrupted.", null,
                Set.of(), corrupted));
        notes.doAppend(line(streamThread, Level.WARN, "Encountered {} fetching records", outOfRange));
        notes.doAppend(line(streamThread, Level.WARN,
                "Task 1_0 had endOffsetSum=0 smaller than offsetSum=3. This probably means the task is corrupted", null));

        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLoggerName()).isEqualTo(RecoveryNotes.class.getName());
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getFormattedMessage()).startsWith("Local state is out of step with the broker's topics")
                    .endsWith("(details with --verbose)").doesNotContain("Exception");
            assertThat(line.getThrowableProxy()).isNull();
        });
    }

    @Test
    void shouldNoteEachKindOfRecoveryApart() {
        notes.doAppend(line(streamThread, Level.WARN, "Detected the states of tasks {} are corrupted.", null,
                new TaskCorruptedException(Set.of(new TaskId(0, 1)))));
        notes.doAppend(line(streamThread, Level.ERROR, "Failed to commit", new RuntimeException("commit",
                new org.apache.kafka.common.errors.ProducerFencedException("fenced"))));

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).satisfiesExactly(
                note -> assertThat(note).startsWith("Local state is out of step"),
                note -> assertThat(note).startsWith("This instance lost its place in the consumer group"));
    }

    @Test
    void shouldLeaveOutKafkasLineForAStateDirectoryThatNewswireReportsItself() {
        final Logger stateDirectory =
                (Logger) LoggerFactory.getLogger("org.apache.kafka.streams.processor.internals.StateDirectory");

        notes.doAppend(line(stateDirectory, Level.ERROR,
                "Unable to obtain lock as state directory is already locked by another process", null));

        assertThat(lines.list).as("StreamsRunner says it, not this appender").isEmpty();
    }

    @Test
    void shouldPassEveryOtherLineOnAsItIs() {
        final ILoggingEvent kafkasOther = line(streamThread, Level.WARN, "Something else", new IllegalStateException("x"));
        final ILoggingEvent kafkasInfo = line(streamThread, Level.INFO, "corrupted, but only INFO", null);
        final ILoggingEvent newswires = line((Logger) LoggerFactory.getLogger("newswire.runtime.StreamsRunner"),
                Level.WARN, "corrupted", new TaskCorruptedException(Set.of()));

        notes.doAppend(kafkasOther);
        notes.doAppend(kafkasInfo);
        notes.doAppend(newswires);

        assertThat(lines.list).containsExactly(kafkasOther, kafkasInfo, newswires);
    }

    private static ILoggingEvent line(final Logger logger, final Level level, final String format,
                                      final Throwable thrown, final Object... arguments) {
        return new LoggingEvent(Logger.class.getName(), logger, level, format, thrown, arguments);
    }
}
