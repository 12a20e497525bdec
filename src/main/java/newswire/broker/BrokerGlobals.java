package newswire.broker;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.utils.internals.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM-wide state a Kafka broker relies on, set up when the first embedded broker starts and put back when the
 * last one stops.
 *
 * <ul>
 *   <li>Kafka's exit and halt procedures ({@link Exit}) are replaced so that a broker's fatal-error path throws on its
 *       own thread instead of halting the process (see {@link EmbeddedBroker}).
 *   <li>The Yammer metrics registry ({@code KafkaYammerMetrics.defaultRegistry()}) is emptied. A broker that has shut
 *       down leaves about 120 gauges and meters there, and they hold on to the whole stopped broker (socket server,
 *       purgatories, log cleaner): a few MiB of heap per start in a JVM that starts several. Kafka's own test harness
 *       clears this registry after each test for the same reason. Only the broker uses it (clients and Kafka Streams
 *       use Kafka's own metrics), so emptying it once no broker runs loses nothing.
 * </ul>
 */
final class BrokerGlobals {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerGlobals.class);
    private static final AtomicReference<String> FATAL = new AtomicReference<>();
    private static int holders;

    private BrokerGlobals() {
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
            clearYammerMetrics();
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

    /**
     * Reflection, because Yammer's {@code MetricsRegistry} (metrics-core) is only on the runtime classpath: kafka_2.13
     * brings it in runtime scope. A failure here costs memory, not correctness, so it is logged and ignored.
     */
    private static void clearYammerMetrics() {
        try {
            final Object registry = Class.forName("org.apache.kafka.server.metrics.KafkaYammerMetrics")
                    .getMethod("defaultRegistry").invoke(null);
            final Class<?> nameType = Class.forName("com.yammer.metrics.core.MetricName");
            final Method allMetrics = registry.getClass().getMethod("allMetrics");
            final Method removeMetric = registry.getClass().getMethod("removeMetric", nameType);
            for (final Object name : new ArrayList<>(((Map<?, ?>) allMetrics.invoke(registry)).keySet())) {
                removeMetric.invoke(registry, name);
            }
        } catch (final ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Could not clear the broker's Yammer metrics; a stopped broker may stay in memory", e);
        }
    }
}
