package dev.dynamobackup.service.snapshot;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Counts items and bytes from many workers and reports to the listener at most every 200 ms. */
final class ProgressMeter {
    private static final long REPORT_EVERY_NANOS = 200_000_000L;
    private final SnapshotProgress.Listener listener;
    private final long started = System.nanoTime();
    private final AtomicLong items = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong lastReport = new AtomicLong(started - REPORT_EVERY_NANOS);
    private volatile SnapshotProgress.Phase phase;
    private volatile long total;

    ProgressMeter(SnapshotProgress.Listener listener, SnapshotProgress.Phase phase, long total) {
        this.listener = listener;
        this.phase = phase;
        this.total = total;
    }

    void phase(SnapshotProgress.Phase phase, long total) {
        this.phase = phase;
        this.total = total;
        report();
    }

    void add(long itemCount, long byteCount) {
        items.addAndGet(itemCount);
        bytes.addAndGet(byteCount);
        long now = System.nanoTime();
        long last = lastReport.get();
        if (now - last >= REPORT_EVERY_NANOS && lastReport.compareAndSet(last, now)) report();
    }

    long items() {
        return items.get();
    }

    long bytes() {
        return bytes.get();
    }

    void report() {
        listener.progress(snapshot());
    }

    SnapshotProgress snapshot() {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        long n = items.get();
        double seconds = elapsed.toNanos() / 1e9;
        double rate = seconds > 0 ? n / seconds : 0;
        Duration eta = rate > 0 && total > n ? Duration.ofMillis((long) ((total - n) / rate * 1000)) : null;
        return new SnapshotProgress(phase, n, total, bytes.get(), rate, elapsed, eta);
    }
}
