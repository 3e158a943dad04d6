package dev.dynamobackup.service;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowLimiterTest {

    @Test
    void theFirstCallsOfAWindowGoAtOnceAndTheNextWaitsForTheWindow() throws InterruptedException {
        WindowLimiter limiter = new WindowLimiter(3, Duration.ofMillis(300));
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) limiter.acquire();
        long burst = (System.nanoTime() - start) / 1_000_000;
        assertTrue(burst < 150, "three calls within the limit did not wait: " + burst + " ms");
        limiter.acquire();
        long fourth = (System.nanoTime() - start) / 1_000_000;
        assertTrue(fourth >= 290, "the fourth call waited until the first left the window: " + fourth + " ms");
    }

    @Test
    void refusesAnEmptyLimit() {
        assertThrows(IllegalArgumentException.class, () -> new WindowLimiter(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new WindowLimiter(1, Duration.ZERO));
    }
}
