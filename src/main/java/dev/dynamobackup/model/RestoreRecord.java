package dev.dynamobackup.model;

import java.time.Duration;
import java.time.Instant;

/**
 * One finished restore, kept for the recovery-time history (AWS advises recording restore times to
 * know your recovery time objective).
 *
 * @param kind BACKUP or POINT_IN_TIME
 */
public record RestoreRecord(String region, String sourceTable, String targetTable, String kind,
                            Instant started, Instant finished) {
    public Duration duration() {
        return Duration.between(started, finished);
    }
}
