package newswire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class CpuGaugeTest {

    private static final long BUSY_NANOS = 200_000_000;

    @Test
    void shouldCountAStreamThreadsCpuAsStreamsAndEveryThreadsAsTheProcesss() throws InterruptedException {
        final CpuGauge gauge = new CpuGauge();
        gauge.start();

        // When a thread named as Kafka Streams names its threads and one that is not each spend 0.2 s of CPU
        final CountDownLatch busy = new CountDownLatch(2);
        final CountDownLatch measured = new CountDownLatch(1);
        final Thread stream = busyThread("app-1a2b-StreamThread-1", busy, measured);
        final Thread other = busyThread("kafka-request-handler-0", busy, measured);
        stream.start();
        other.start();
        busy.await();
        final CpuGauge.Use use = gauge.stop();
        measured.countDown();
        stream.join();
        other.join();

        // Then Streams is charged with the first one's CPU only, and the process with both
        assertThat(use.streamsSeconds()).isBetween(0.2, 0.35);
        assertThat(use.processSeconds()).isGreaterThanOrEqualTo(0.4);
        assertThat(use.jitSeconds()).isGreaterThanOrEqualTo(0);
    }

    /**
     * A thread that spins until it has used {@link #BUSY_NANOS} of CPU, then stays alive until the gauge has read it
     * (a finished thread's CPU time can no longer be read; the bench reads stream threads while they run).
     */
    private static Thread busyThread(final String name, final CountDownLatch busy, final CountDownLatch measured) {
        return new Thread(() -> {
            final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            final long start = threads.getCurrentThreadCpuTime();
            while (threads.getCurrentThreadCpuTime() - start < BUSY_NANOS) {
                Thread.onSpinWait();
            }
            busy.countDown();
            try {
                measured.await();
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
    }
}
