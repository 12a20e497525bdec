package newswire.ops;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The metrics of one running instance, for {@code GET /metrics}: Kafka Streams' and its clients' own (Micrometer's
 * binder), the JVM's, and Newswire's {@link FlowCounters}, in one Prometheus registry.
 */
public final class InstanceMetrics implements AutoCloseable {

    /**
     * How often the Kafka metrics are looked at for new ones. Micrometer's default, a minute, would leave a task's
     * metrics out of the scrapes for up to a minute after each rebalance.
     */
    public static final Duration REFRESH = Duration.ofSeconds(10);

    /** The Prometheus text exposition format, version 0.0.4: what {@link #scrape()} writes. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final FlowCounters counters = new FlowCounters(registry);
    private final List<AutoCloseable> binders = new ArrayList<>();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        final Thread thread = new Thread(runnable, "newswire-metrics-refresh");
        thread.setDaemon(true);
        return thread;
    });

    public InstanceMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        final JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
    }

    /** Newswire's counters in this registry: give them to the topology and the Streams settings. */
    public FlowCounters counters() {
        return counters;
    }

    /**
     * Adds the metrics of {@code streams} and of its clients (consumers, producers, admin): the binder reads them when
     * bound and then every {@link #REFRESH}, adding new ones and dropping those gone (a task's come and go with it).
     */
    public void bind(final KafkaStreams streams) {
        final KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams, List.of(), refresher, REFRESH);
        metrics.bindTo(registry);
        binders.add(metrics);
    }

    /** Every metric, in the Prometheus text format ({@link #CONTENT_TYPE}). */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        for (final AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (final Exception e) {
                // Closing a binder only stops its refresh; nothing is left to release.
            }
        }
        refresher.shutdownNow();
        registry.close();
    }
}
