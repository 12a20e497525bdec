package newswire.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The JVM's peak heap use since the last {@link #reset()}: the sum of the heap pools' peaks (eden, survivor, old),
 * which is what has to fit under {@code -Xmx}. Everything in the process counts: the broker, Streams, the clients.
 */
final class HeapGauge {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();

    void reset() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    double peakMb() {
        long peak = 0;
        for (final MemoryPoolMXBean pool : pools) {
            peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024.0 * 1024.0);
    }
}
