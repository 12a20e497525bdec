package newswire.broker;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.utils.internals.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Kafka's JVM-wide exit and halt procedures while at least one embedded broker runs, so that a broker's
 * fatal-error path throws on its own thread instead of halting the process (see {@link EmbeddedBroker}).
 */
final class ExitGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ExitGuard.class);
    private static final AtomicReference<String> FATAL = new AtomicReference<>();
    private static int holders;

    private ExitGuard() {
    }

    static synchronized void acquire() {
        if (holders++ == 0) {
            Exit.setExitProcedure((status, message) -> refuse("exit", status, message));
            Exit.setHaltProcedure((status, message) -> refuse("halt", status, message));
        }
    }

    static synchronized void release() {
        if (holders > 0 && --holders == 0) {
            Exit.resetExitProcedure();
            Exit.resetHaltProcedure();
        }
    }

    static Optional<String> fatalError() {
        return Optional.ofNullable(FATAL.get());
    }

    private static void refuse(final String kind, final int status, final String message) {
        final String text = "Kafka broker thread '" + Thread.currentThread().getName() + "' asked to " + kind
                + " the JVM with status " + status + (message == null ? "" : ": " + message);
        LOG.error("{}; the embedded broker throws instead", text);
        FATAL.compareAndSet(null, text);
        throw new EmbeddedBroker.FatalBrokerException(text);
    }
}
