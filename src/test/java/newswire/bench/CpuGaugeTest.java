package newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CpuGaugeTest {

    private static final long STREAMS_BUSY_NANOS = 200_000_000;
    /**
     * Longer than the Streams thread's: the process's CPU time is counted in clock ticks, so two threads' 0.2 s could
     * read as 0.39 s; 0.2 + 0.3 s is above the bound below by many ticks, and neither thread alone reaches it.
     */
    private static final long OTHER_BUSY_NANOS = 300_000_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    @Timeout(30)
    void shouldChargeStreamsWithItsThreadsCpuSinceTheMarkAndTheProcessWithEveryThreads() throws InterruptedException {
        assumeTrue(THREADS.isThreadCpuTimeSupported(), "this JVM cannot read a thread's CPU time");
        final CpuGauge gauge = new CpuGauge();
        final CountDownLatch busyBefore = new CountDownLatch(1);
        final CountDownLatch marked = new CountDownLatch(1);
        final CountDownLatch busyAfter = new CountDownLatch(2);
        final CountDownLatch measured = new CountDownLatch(1);

        // Given a thread named as Kafka Streams names its threads, which spends 0.2 s of CPU before the mark and 0.2 s
        // after it, and a broker-like thread that spends 0.3 s after it
        final Thread stream = new Thread(() -> {
            spin(STREAMS_BUSY_NANOS);
            busyBefore.countDown();
            await(marked);
            spin(STREAMS_BUSY_NANOS);
            busyAfter.countDown();
            await(measured);
        }, "app-1a2b-StreamThread-1");
        final Thread other = new Thread(() -> {
            await(marked);
            spin(OTHER_BUSY_NANOS);
            busyAfter.countDown();
            await(measured);
        }, "kafka-request-handler-0");
        stream.start();
        other.start();
        busyBefore.await();

        // When the gauge is read around the second half, while both threads still live
        final CpuGauge.Mark mark = gauge.mark();
        marked.countDown();
        busyAfter.await();
        final CpuGauge.Use use = gauge.since(mark);
        measured.countDown();
        stream.join();
        other.join();

        // Then Streams is charged with its thread's 0.2 s since the mark only, and the process with both threads' 0.5 s
        assertThat(use.streamsSeconds()).isBetween(0.2, 0.35);
        assertThat(use.processSeconds()).isGreaterThanOrEqualTo(0.4);
        assertThat(use.wallSeconds()).isPositive();
    }

    /** Spins until this thread has used {@code nanos} more of CPU. */
    private static void spin(final long nanos) {
        final long start = THREADS.getCurrentThreadCpuTime();
        while (THREADS.getCurrentThreadCpuTime() - start < nanos) {
            Thread.onSpinWait();
        }
    }

    private static void await(final CountDownLatch latch) {
        try {
            latch.await();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
