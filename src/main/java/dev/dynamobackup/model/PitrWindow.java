package dev.dynamobackup.model;

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

    /** True when {@code time} lies inside [earliest, latest]. */
    public boolean contains(Instant time) {
        return enabled && earliest != null && latest != null && !time.isBefore(earliest) && !time.isAfter(latest);
    }
}
