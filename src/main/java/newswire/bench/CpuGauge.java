package newswire.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the JVM's CPU went between a {@link #mark()} and a later {@link #since}: all of it (broker, Streams, clients,
 * JIT, GC), the part Kafka Streams' threads spent (stream threads and their producers, where Newswire's stages run),
 * and the JIT compilers' time. Per article, these say where a scenario's cores went, which articles/s alone cannot: on
 * a machine whose cores are all busy, a scenario's throughput is the cores divided by its CPU per article.
 *
 * <p>A Streams thread is read while it runs: one that ends between the two readings (a replaced stream thread, a
 * fenced producer's) takes its CPU out of the Streams share, though not out of the process's.
 */
final class CpuGauge {

    /** What a stream thread's name contains, and its producer's ("…-StreamThread-1-producer"). */
    private static final String STREAMS_THREAD = "-StreamThread-";

    /** The readings at one moment. */
    record Mark(long wallNanos, long processCpuNanos, long jitMillis, Map<Long, Long> streamsThreadCpuNanos) {
    }

    /**
     * What was spent between two marks, in seconds.
     *
     * @param jitSeconds HotSpot's compilation time, which is wall time per compilation summed over the compiler
     *                   threads: an upper bound on their CPU
     */
    record Use(double wallSeconds, double processSeconds, double streamsSeconds, double jitSeconds) {
    }

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();

    Mark mark() {
        // The process is read outside the threads at both ends, so the Streams share stays within its window.
        final long processCpu = os.getProcessCpuTime();
        final long wall = System.nanoTime();
        return new Mark(wall, processCpu, jitMillis(), streamsThreadCpu());
    }

    Use since(final Mark start) {
        final Map<Long, Long> streamsThreads = streamsThreadCpu();
        final long jitMillis = jitMillis();
        final long wall = System.nanoTime();
        final long processCpu = os.getProcessCpuTime();
        long streams = 0;
        for (final Map.Entry<Long, Long> thread : streamsThreads.entrySet()) {
            streams += thread.getValue() - start.streamsThreadCpuNanos().getOrDefault(thread.getKey(), 0L);
        }
        return new Use((wall - start.wallNanos()) / 1e9, (processCpu - start.processCpuNanos()) / 1e9, streams / 1e9,
                (jitMillis - start.jitMillis()) / 1e3);
    }

    private Map<Long, Long> streamsThreadCpu() {
        final Map<Long, Long> cpu = new HashMap<>();
        for (final ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds(), 0)) {
            if (thread != null && thread.getThreadName().contains(STREAMS_THREAD)) {
                final long nanos = threads.getThreadCpuTime(thread.getThreadId());
                if (nanos >= 0) {
                    cpu.put(thread.getThreadId(), nanos);
                }
            }
        }
        return Map.copyOf(cpu);
    }

    private long jitMillis() {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }
}
