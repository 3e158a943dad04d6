package dev.dynamobackup.service.snapshot;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CapacityLimiterTest {
    @Test
    void aCallThatOverspentMakesTheNextWaitUntilTheBudgetIsBack() throws Exception {
        CapacityLimiter limiter = new CapacityLimiter(100);
        limiter.acquire(CancelSignal.NONE);
        limiter.spend(300); // one second of credit, then 200 units in debt: two seconds at 100 units/s
        long start = System.nanoTime();
        limiter.acquire(CancelSignal.NONE);
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMillis >= 1_900, "waited only " + waitedMillis + " ms");
    }

    @Test
    void unlimitedNeverWaits() throws Exception {
        CapacityLimiter limiter = CapacityLimiter.unlimited();
        limiter.spend(1e9);
        long start = System.nanoTime();
        limiter.acquire(CancelSignal.NONE);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1_000);
    }

    @Test
    void aCancelEndsTheWaitForALongDebtAtOnce() throws Exception {
        CapacityLimiter limiter = new CapacityLimiter(1);
        limiter.spend(129); // a 1 MB page at 1 RCU/s: two minutes of debt
        CancelSignal cancel = new CancelSignal();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                return;
            }
            cancel.cancel();
        });
        long start = System.nanoTime();
        canceller.start();
        assertThrows(CancellationException.class, () -> limiter.acquire(cancel));
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMillis >= 250 && waitedMillis < 2_000, "the cancelled wait took " + waitedMillis + " ms");
    }
}
