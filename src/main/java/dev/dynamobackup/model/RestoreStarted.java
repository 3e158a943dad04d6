package dev.dynamobackup.model;

import java.time.Instant;

/**
 * A restore the service has sent: the new table (as DynamoDB first describes it, usually CREATING),
 * which table it restores, and when it started.
 *
 * @param kind BACKUP or POINT_IN_TIME
 */
public record RestoreStarted(TableSummary table, String sourceTable, String kind, Instant started) {
}
