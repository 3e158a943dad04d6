package dev.dynamobackup.cli;

import dev.dynamobackup.service.snapshot.CancelSignal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during a snapshot command cancels the job and gives it a few seconds to clean up (an
 * export deletes its unfinished folder) before the JVM exits.
 */
final class CancelOnExit implements AutoCloseable {
    private final CancelSignal signal = new CancelSignal();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(() -> {
        signal.cancel();
        try {
            finished.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }, "dbm-cancel");

    CancelOnExit() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    CancelSignal signal() {
        return signal;
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it sees the latch released
        }
    }
}
