package dev.dynamobackup.service.snapshot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CapacityLimiterTest {
    @Test
    void aCallThatOverspentMakesTheNextWaitUntilTheBudgetIsBack() throws Exception {
        CapacityLimiter limiter = new CapacityLimiter(100);
        limiter.acquire();
        limiter.spend(300); // one second of credit, then 200 units in debt: two seconds at 100 units/s
        long start = System.nanoTime();
        limiter.acquire();
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waitedMillis >= 1_900, "waited only " + waitedMillis + " ms");
    }

    @Test
    void unlimitedNeverWaits() throws Exception {
        CapacityLimiter limiter = CapacityLimiter.unlimited();
        limiter.spend(1e9);
        long start = System.nanoTime();
        limiter.acquire();
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1_000);
    }
}
