package dev.dynamobackup.service;

import java.time.Duration;

/**
 * At most {@code calls} calls in any window of the given length, across all threads. Unlike
 * {@link RateLimiter}, which spaces every call, the first {@code calls} go at once: listing a region's
 * tables asks DescribeContinuousBackups (10 calls/s) for a handful of tables without waiting 100 ms
 * between them, and a large region still stays within the limit.
 */
public final class WindowLimiter {
    private final long windowNanos;
    /** The start times of the last {@code calls} calls, oldest at {@code oldest}. */
    private final long[] starts;
    private int oldest;

    public WindowLimiter(int calls, Duration window) {
        if (calls <= 0 || window.isNegative() || window.isZero()) throw new IllegalArgumentException("calls and window must be positive");
        this.windowNanos = window.toNanos();
        this.starts = new long[calls];
        long longAgo = System.nanoTime() - windowNanos;
        java.util.Arrays.fill(starts, longAgo);
    }

    /** Blocks until the caller may make its call. */
    public void acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }

    /** Books a call and returns the nanoseconds to wait before making it (0: now), without blocking. */
    public synchronized long reserve() {
        long now = System.nanoTime();
        // the slot of the call that left the window longest ago
        long slot = Math.max(now, starts[oldest] + windowNanos);
        starts[oldest] = slot;
        oldest = (oldest + 1) % starts.length;
        return slot - now;
    }
}
