package dev.dynamobackup.model.awsbackup;

import java.time.Instant;

/** One backup plan in a region's list. */
public record PlanSummary(String id, String arn, String name, String versionId, Instant created, Instant lastRun) {
}
