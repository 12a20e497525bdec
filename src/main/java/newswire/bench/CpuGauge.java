package newswire.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time the JVM spent between {@link #start()} and {@link #stop()}: all of it (broker, Streams, clients, JIT,
 * GC), the part Kafka Streams' threads spent (stream threads and their producers, where Newswire's stages run), and
 * the JIT compilers' time. Per article, these say where a scenario's cores went, which articles/s alone cannot: on a
 * machine whose cores are all busy, a scenario's throughput is the cores divided by its CPU per article.
 */
final class CpuGauge {

    /** What a stream thread's name contains, and its producer's ("…-StreamThread-1-producer"). */
    private static final String STREAMS_THREAD = "-StreamThread-";

    /** CPU seconds spent in one timed part. */
    record Use(double processSeconds, double streamsSeconds, double jitSeconds) {
    }

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final Map<Long, Long> streamsThreadsAtStart = new HashMap<>();
    private long processAtStart;
    private long jitMillisAtStart;

    void start() {
        streamsThreadsAtStart.clear();
        streamsThreadsAtStart.putAll(streamsThreadCpu());
        processAtStart = os.getProcessCpuTime();
        jitMillisAtStart = jitMillis();
    }

    Use stop() {
        final long process = os.getProcessCpuTime() - processAtStart;
        final long jitMillis = jitMillis() - jitMillisAtStart;
        long streams = 0;
        for (final Map.Entry<Long, Long> thread : streamsThreadCpu().entrySet()) {
            streams += thread.getValue() - streamsThreadsAtStart.getOrDefault(thread.getKey(), 0L);
        }
        return new Use(process / 1e9, streams / 1e9, jitMillis / 1e3);
    }

    private Map<Long, Long> streamsThreadCpu() {
        final Map<Long, Long> cpu = new HashMap<>();
        for (final Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().contains(STREAMS_THREAD)) {
                final long nanos = threads.getThreadCpuTime(thread.getId());
                if (nanos >= 0) {
                    cpu.put(thread.getId(), nanos);
                }
            }
        }
        return cpu;
    }

    private long jitMillis() {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
