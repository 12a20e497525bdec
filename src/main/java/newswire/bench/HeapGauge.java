package newswire.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The JVM's peak heap use since the last {@link #reset()}, as the highest of the samples taken with {@link #sample()}:
 * what has to fit under {@code -Xmx}. Everything in the process counts: the broker, Streams, the clients. The pools'
 * own peaks are not summed, because eden, survivor and old peak at different moments: their sum can exceed
 * {@code -Xmx} (526 MiB in a {@code -Xmx512m} run) though the heap never held that much at once.
 */
final class HeapGauge {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private long peakBytes;

    void reset() {
        peakBytes = 0;
        sample();
    }

    void sample() {
        peakBytes = Math.max(peakBytes, memory.getHeapMemoryUsage().getUsed());
    }

    double peakMb() {
        return peakBytes / (1024.0 * 1024.0);
    }
}
