package dev.dynamobackup.service.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The worker threads of snapshot jobs: named daemons, and waiting for them with the first error rethrown. */
final class SnapshotThreads {
    private SnapshotThreads() {
    }

    static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Waits for all. On the first failure cancels the job, lets the other workers stop, and rethrows the
     * root failure (not the cancellations it caused in the others).
     */
    static void awaitAll(List<? extends Future<?>> futures, CancelSignal job) throws IOException, InterruptedException {
        Throwable failure = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                job.cancel();
                Throwable cause = e.getCause();
                if (failure == null || failure instanceof CancellationException) failure = cause;
            } catch (CancellationException e) {
                if (failure == null) failure = e;
            } catch (InterruptedException e) {
                job.cancel();
                futures.forEach(x -> x.cancel(true));
                throw e;
            }
        }
        if (failure == null) return;
        if (failure instanceof IOException io) throw io;
        if (failure instanceof UncheckedIOException uio) throw uio.getCause();
        if (failure instanceof InterruptedException ie) throw ie;
        if (failure instanceof RuntimeException re) throw re;
        if (failure instanceof Error err) throw err;
        throw new IllegalStateException(failure);
    }
}
