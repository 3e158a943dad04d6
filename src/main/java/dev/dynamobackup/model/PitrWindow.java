package dev.dynamobackup.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The point-in-time recovery state of one table (DescribeContinuousBackups).
 *
 * @param enabled             PointInTimeRecoveryStatus is ENABLED
 * @param recoveryPeriodDays  RecoveryPeriodInDays (1 to 35), 0 when PITR is off
 * @param earliest            EarliestRestorableDateTime, null when off
 * @param latest              LatestRestorableDateTime (about five minutes before now), null when off
 */
public record PitrWindow(boolean enabled, int recoveryPeriodDays, Instant earliest, Instant latest) {
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 35;
    public static final PitrWindow DISABLED = new PitrWindow(false, 0, null, null);

    /**
     * Whole days of restore points (rounded up) that a shorter recovery period of {@code days} would drop:
     * those older than {@code days} before the latest restorable time. 0 when the window is younger.
     */
    public long daysLostIfShortenedTo(int days) {
        if (!enabled || earliest == null || latest == null) return 0;
        Instant cutoff = latest.minus(Duration.ofDays(days));
        if (!cutoff.isAfter(earliest)) return 0;
        Duration lost = Duration.between(earliest, cutoff);
        return lost.toDays() + (lost.equals(Duration.ofDays(lost.toDays())) ? 0 : 1);
    }

    /** True when {@code time} lies inside [earliest, latest]. */
    public boolean contains(Instant time) {
        return enabled && earliest != null && latest != null && !time.isBefore(earliest) && !time.isAfter(latest);
    }
}
