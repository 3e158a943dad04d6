package dev.dynamobackup.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PitrWindowTest {
    private static final Instant LATEST = Instant.parse("2026-06-30T12:00:00Z");

    private static PitrWindow window(int days, Duration age) {
        return new PitrWindow(true, days, LATEST.minus(age), LATEST);
    }

    @Test
    void shorteningAFullWindowLosesTheDaysBeyondTheNewPeriod() {
        assertEquals(25, window(35, Duration.ofDays(35)).daysLostIfShortenedTo(10));
        assertEquals(34, window(35, Duration.ofDays(35)).daysLostIfShortenedTo(1));
    }

    @Test
    void partOfADayCountsAsADay() {
        assertEquals(1, window(35, Duration.ofDays(10).plusHours(3)).daysLostIfShortenedTo(10));
    }

    @Test
    void aYoungerWindowOrPitrOffLosesNothing() {
        assertEquals(0, window(35, Duration.ofDays(3)).daysLostIfShortenedTo(10));
        assertEquals(0, window(35, Duration.ofDays(10)).daysLostIfShortenedTo(10));
        assertEquals(0, PitrWindow.DISABLED.daysLostIfShortenedTo(1));
    }
}
