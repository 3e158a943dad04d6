package dev.dynamobackup.model;

import java.time.Duration;
import java.time.Instant;

/**
 * One finished restore, kept for the recovery-time history (AWS advises recording restore times to
 * know your recovery time objective).
 *
 * @param kind BACKUP, POINT_IN_TIME or AWS_BACKUP (a restore job of AWS Backup)
 */
public record RestoreRecord(String region, String sourceTable, String targetTable, String kind,
                            Instant started, Instant finished) {
    public Duration duration() {
        return Duration.between(started, finished);
    }
}
