package dev.dynamobackup.service.snapshot;

/**
 * Keeps the capacity a job consumes near a rate in units per second (read or write units), shared by
 * all workers: a worker waits until the budget is back in credit, calls, then pays what the reply's
 * ConsumedCapacity says it cost. Unlimited when the rate is 0.
 */
final class CapacityLimiter {
    /** At most one second of unused budget piles up, so a pause does not allow a burst later. */
    private static final double MAX_CREDIT_SECONDS = 1.0;
    private final double perSecond;
    private double balance;
    private long last = System.nanoTime();

    CapacityLimiter(double perSecond) {
        this.perSecond = perSecond;
        this.balance = perSecond * MAX_CREDIT_SECONDS;
    }

    static CapacityLimiter unlimited() {
        return new CapacityLimiter(0);
    }

    boolean limited() {
        return perSecond > 0;
    }

    /** The longest sleep between looks at the cancel signal: a 1 MB page at 1 RCU/s is a debt of minutes. */
    private static final long MAX_SLEEP_MILLIS = 100;

    /** Blocks until the budget is not in debt, or throws once {@code cancel} is set. */
    void acquire(CancelSignal cancel) throws InterruptedException {
        if (!limited()) return;
        while (true) {
            long waitNanos;
            synchronized (this) {
                refill();
                if (balance >= 0) return;
                waitNanos = (long) (-balance / perSecond * 1e9);
            }
            cancel.check();
            Thread.sleep(Math.max(1, Math.min(MAX_SLEEP_MILLIS, waitNanos / 1_000_000)));
        }
    }

    /** Records what a call consumed (may put the budget in debt). */
    synchronized void spend(double units) {
        if (!limited()) return;
        refill();
        balance -= units;
    }

    private void refill() {
        long now = System.nanoTime();
        balance = Math.min(perSecond * MAX_CREDIT_SECONDS, balance + (now - last) / 1e9 * perSecond);
        last = now;
    }
}
