package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Set;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RecoveryNotesTest {

    private final RecoveryNotes notes = new RecoveryNotes();
    private final Logger streamThread =
            (Logger) LoggerFactory.getLogger("org.apache.kafka.streams.processor.internals.StreamThread");
    private final Logger noted = (Logger) LoggerFactory.getLogger(RecoveryNotes.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        noted.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        noted.detachAppender(lines);
    }

    @Test
    void shouldTurnKafkasTracesOfARecoveryIntoOneLine() {
        final Exception corrupted = new TaskCorruptedException(Set.of(new TaskId(0, 1)));
        final Exception outOfRange = new RuntimeException("restore failed",
                new OffsetOutOfRangeException("out of range", java.util.Map.of(new TopicPartition("t", 0), 7L)));

        assertThat(notes.decide(null, streamThread, Level.WARN, "Detected the states of tasks {} are corrupted.",
                new Object[] {Set.of(), corrupted}, null)).isEqualTo(FilterReply.DENY);
        assertThat(notes.decide(null, streamThread, Level.WARN, "Encountered {} fetching records", null, outOfRange))
                .isEqualTo(FilterReply.DENY);
        assertThat(notes.decide(null, streamThread, Level.WARN,
                "Task 1_0 had endOffsetSum=0 smaller than offsetSum=3. This probably means the task is corrupted", null,
                null)).isEqualTo(FilterReply.DENY);

        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARN);
            assertThat(line.getFormattedMessage()).startsWith("Local state is out of step with the broker's topics")
                    .doesNotContain("Exception");
            assertThat(line.getThrowableProxy()).isNull();
        });
    }

    @Test
    void shouldLeaveOutKafkasLineForAStateDirectoryThatNewswireReportsItself() {
        final Logger stateDirectory =
                (Logger) LoggerFactory.getLogger("org.apache.kafka.streams.processor.internals.StateDirectory");

        assertThat(notes.decide(null, stateDirectory, Level.ERROR,
                "Unable to obtain lock as state directory is already locked by another process", null, null))
                .isEqualTo(FilterReply.DENY);
        assertThat(lines.list).as("StreamsRunner says it, not this filter").isEmpty();
    }

    @Test
    void shouldLeaveEveryOtherLineAlone() {
        assertThat(notes.decide(null, streamThread, Level.WARN, "Something else", null,
                new IllegalStateException("x"))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(notes.decide(null, streamThread, Level.INFO, "corrupted, but only INFO", null, null))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(notes.decide(null, (Logger) LoggerFactory.getLogger("newswire.runtime.StreamsRunner"), Level.WARN,
                "corrupted", null, new TaskCorruptedException(Set.of()))).isEqualTo(FilterReply.NEUTRAL);
        assertThat(lines.list).isEmpty();
    }
}
