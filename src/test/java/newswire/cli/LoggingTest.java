package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** logback.xml's {@link RecoveryNotes} in front of the console, and {@code --verbose} taking it out for a command. */
class LoggingTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Logger streamThread = context.getLogger("org.apache.kafka.streams.processor.internals.StreamThread");
    private final ListAppender<ILoggingEvent> console = new ListAppender<>();
    private final RecoveryNotes notes = new RecoveryNotes();
    private List<Appender<ILoggingEvent>> configured;

    @BeforeEach
    void putTheNotesInFrontOfAConsole() {
        configured = appendersOf(root);
        configured.forEach(root::detachAppender);
        console.setContext(context);
        console.start();
        notes.setContext(context);
        notes.addAppender(console);
        notes.start();
        root.addAppender(notes);
    }

    @AfterEach
    void putTheTestConfigurationBack() {
        appendersOf(root).forEach(root::detachAppender);
        configured.forEach(root::addAppender);
    }

    @Test
    void shouldShowKafkasTracesOfARecoveryOnlyWhileVerbose() {
        final Exception corrupted = new TaskCorruptedException(Set.of(new TaskId(0, 1)));

        // While verbose, the trace reaches the console as Kafka logged it
        try (Logging.Levels verbose = Logging.verbose()) {
            assertThat(appendersOf(root)).containsExactly(console);
            streamThread.warn("Detected the states of tasks {} are corrupted.", Set.of(), corrupted);
            assertThat(console.list).singleElement().satisfies(line -> {
                assertThat(line.getLoggerName()).isEqualTo(streamThread.getName());
                assertThat(line.getThrowableProxy().getClassName()).isEqualTo(TaskCorruptedException.class.getName());
            });
        }

        // After the command, the notes are back in front of the console: the same trace is a note
        assertThat(appendersOf(root)).containsExactly(notes);
        console.list.clear();
        streamThread.warn("Detected the states of tasks {} are corrupted.", Set.of(), corrupted);
        assertThat(console.list).singleElement().satisfies(line -> {
            assertThat(line.getLoggerName()).isEqualTo(RecoveryNotes.class.getName());
            assertThat(line.getThrowableProxy()).isNull();
        });
    }

    @Test
    void shouldKeepTheNotesOnALevelChangeThatIsNotVerbose() {
        try (Logging.Levels quiet = Logging.quietKafka()) {
            assertThat(appendersOf(root)).containsExactly(notes);
        }
        assertThat(appendersOf(root)).containsExactly(notes);
    }

    @Test
    void shouldConfigureTheNotesAsTheRootsAppenderAndNoTurboFilter() throws JoranException {
        // A turbo filter is asked before every level check, Kafka's TRACE and DEBUG checks of every record included
        final LoggerContext configuredByTheJar = new LoggerContext();
        final JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(configuredByTheJar);
        configurator.doConfigure(LoggingTest.class.getResource("/logback.xml"));
        try {
            assertThat(configuredByTheJar.getTurboFilterList()).isEmpty();
            assertThat(appendersOf(configuredByTheJar.getLogger(Logger.ROOT_LOGGER_NAME))).singleElement()
                    .isInstanceOfSatisfying(RecoveryNotes.class, recoveryNotes -> {
                        assertThat(recoveryNotes.isStarted()).isTrue();
                        assertThat(recoveryNotes.getAppender("STDERR")).isInstanceOf(ConsoleAppender.class);
                    });
        } finally {
            configuredByTheJar.stop();
        }
    }

    private static List<Appender<ILoggingEvent>> appendersOf(final Logger logger) {
        final List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
        logger.iteratorForAppenders().forEachRemaining(appenders::add);
        return appenders;
    }
}
