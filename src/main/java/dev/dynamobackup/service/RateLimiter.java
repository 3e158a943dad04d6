package dev.dynamobackup.service;

/**
 * Spaces calls to at most {@code perSecond} per second across all threads (DynamoDB's control-plane
 * limits: DescribeContinuousBackups and DeleteBackup 10/s, CreateBackup 50/s).
 */
public final class RateLimiter {
    private final long intervalNanos;
    private long next = System.nanoTime();

    public RateLimiter(double perSecond) {
        if (perSecond <= 0) throw new IllegalArgumentException("rate must be positive");
        this.intervalNanos = (long) (1_000_000_000L / perSecond);
    }

    /** Blocks until the caller may make its call. */
    public void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, next);
            next = slot + intervalNanos;
            wait = slot - now;
        }
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
}
