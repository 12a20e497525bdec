package newswire.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGTERM and Ctrl-C into an orderly stop: the JVM's shutdown hook runs {@code onSignal} and then waits until the
 * command has finished cleaning up, so that Streams commits and the broker flushes before the process exits.
 */
final class ShutdownSignal implements AutoCloseable {

    private static final Duration CLEANUP_GRACE = Duration.ofSeconds(60);

    private final CountDownLatch cleanedUp = new CountDownLatch(1);
    private final CountDownLatch signalled = new CountDownLatch(1);
    private final Thread hook;

    ShutdownSignal(final Runnable onSignal) {
        this.hook = new Thread(() -> {
            signalled.countDown();
            onSignal.run();
            try {
                cleanedUp.await(CLEANUP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newswire-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    ShutdownSignal() {
        this(() -> { });
    }

    /** Blocks until SIGTERM or Ctrl-C. */
    void await() throws InterruptedException {
        signalled.await();
    }

    /** Call when cleanup is done: lets a signalled JVM exit, or removes the hook when the command ends by itself. */
    @Override
    public void close() {
        cleanedUp.countDown();
        if (signalled.getCount() > 0) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (final IllegalStateException e) {
                // the JVM is already shutting down; the hook will find cleanup done
            }
        }
    }
}
