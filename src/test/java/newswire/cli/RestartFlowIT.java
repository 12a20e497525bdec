package newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import newswire.broker.EmbeddedBroker;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's three terminals (broker, run, publish and tail) twice, with the broker restarted in between as the
 * README's broker restarts: on the same port, without its data. The second run finds local state ahead of the new
 * broker's (empty) changelogs; it must recover by itself and say so in a line, not in pages of stack traces.
 */
@Tag("integration")
class RestartFlowIT {

    @TempDir
    Path dir;

    @Test
    void shouldRunTheFlowTwiceAcrossABrokerRestartWithoutAStackTrace() throws Exception {
        final String run = UUID.randomUUID().toString().substring(0, 8);
        final int port;
        try (EmbeddedBroker broker = EmbeddedBroker.start()) {
            port = broker.port();
            flow(broker, run, 1);
        }
        try (EmbeddedBroker broker = EmbeddedBroker.start(EmbeddedBroker.Options.defaults().withPort(port))) {
            flow(broker, run, 2);
        }
    }

    /** Terminal 2 runs Newswire; terminal 3 publishes the seeds and tails the events; then Ctrl-C in terminal 2. */
    private void flow(final EmbeddedBroker broker, final String run, final int round) throws Exception {
        final Map<String, String> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "KAFKA_APPLICATION_ID", "newswire-restart-" + run,
                "KAFKA_STATE_DIR", dir.resolve("state").toString());
        // The logs are kept under target/ to read what each run said
        final Path logs = java.nio.file.Files.createDirectories(Path.of("target", "restart-flow-it"));
        final NewswireProcess newswire = NewswireProcess.start(environment, logs.resolve("run-" + round + ".log"),
                logs.resolve("run-" + round + ".out"), "run");
        try {
            newswire.awaitLog("Newswire is running");
            final CommandLineRunner publish = CommandLineRunner.run(environment, "publish", "seeds");
            assertThat(publish.exitCode()).as(publish.err()).isZero();
            final CommandLineRunner tail = CommandLineRunner.run(environment, "tail", "news.events",
                    "--from-beginning", "--max", "1", "--timeout", "90");
            assertThat(tail.exitCode()).as(tail.err()).isZero();
            assertThat(tail.out()).contains("Yoon, NATO chief agree");
            assertThat(publish.err() + tail.err()).isEmpty();
            if (round == 1) {
                secondRunOnTheSameStateDirectoryStopsInOneLine(environment);
            }
        } finally {
            // 143 = 128 + SIGTERM: the JVM's status after a shutdown the signal started and the hook completed
            assertThat(newswire.stop()).as(newswire.log()).isEqualTo(143);
        }
        assertThat(newswire.log()).as("round " + round).contains("Newswire stopped")
                .doesNotContain("\tat ", "Exception");
        if (round == 2) {
            // The state round 1 left is ahead of the new broker's empty changelogs: said once, in words
            assertThat(newswire.log()).containsOnlyOnce("Local state is out of step with the broker's topics");
        }
    }

    /** A second `run` of the application on this host, with the same state directory. */
    private void secondRunOnTheSameStateDirectoryStopsInOneLine(final Map<String, String> environment)
            throws Exception {
        final NewswireProcess second = NewswireProcess.start(environment, dir.resolve("second.log"),
                dir.resolve("second.out"), "run");
        assertThat(second.awaitExit()).as(second.log()).isEqualTo(1);
        assertThat(second.log()).contains("newswire run: the state directory " + dir.resolve("state")
                + " is in use by another instance of newswire-restart-").doesNotContain("\tat ")
                .as("Kafka's own line for it is left out: Newswire's says it").doesNotContain("already locked");
    }
}
