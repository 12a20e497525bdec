package newswire.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import newswire.config.NewswireConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;

/**
 * Asks the cluster, before a command starts work, whether it is there and has the topics the command reads: so that
 * a wrong address fails in seconds with one line, rather than after a minute of client retries.
 */
public final class ClusterCheck {

    private ClusterCheck() {
    }

    /** Fails with {@link UnreachableClusterException} when no broker at the bootstrap address answers in time. */
    public static void requireCluster(final NewswireConfig config, final Duration timeout) {
        try (Admin admin = admin(config, timeout)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis())).clusterId()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (final ExecutionException | TimeoutException e) {
            throw unreachable(config, timeout, e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reaching " + config.bootstrapServers(), e);
        }
    }

    /** Fails with one line naming the topics of {@code wanted} the cluster does not have. */
    public static void requireTopics(final NewswireConfig config, final List<String> wanted, final Duration timeout) {
        try (Admin admin = admin(config, timeout)) {
            final Set<String> existing = admin.listTopics(new ListTopicsOptions().timeoutMs((int) timeout.toMillis()))
                    .names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            final Set<String> missing = new TreeSet<>(wanted);
            missing.removeAll(existing);
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("no topic " + String.join(", ", missing) + " on "
                        + config.bootstrapServers() + " (it has " + (existing.isEmpty() ? "none"
                        : String.join(", ", new TreeSet<>(existing))) + ")");
            }
        } catch (final ExecutionException | TimeoutException e) {
            throw unreachable(config, timeout, e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics on " + config.bootstrapServers(), e);
        }
    }

    private static Admin admin(final NewswireConfig config, final Duration timeout) {
        final String millis = String.valueOf(timeout.toMillis());
        return Admin.create(KafkaClients.properties(config, Map.of(
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis)));
    }

    private static UnreachableClusterException unreachable(final NewswireConfig config, final Duration timeout,
                                                           final Exception e) {
        final Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return new UnreachableClusterException("no Kafka broker answered at " + config.bootstrapServers() + " within "
                + timeout.toSeconds() + " s (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "); is it running, and is the address "
                + "right?", cause);
    }

    /** No broker answered at the bootstrap address. */
    public static final class UnreachableClusterException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        UnreachableClusterException(final String message, final Throwable cause) {
            super(message, cause);
        }
    }
}
