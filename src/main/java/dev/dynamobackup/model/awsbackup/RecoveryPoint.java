package dev.dynamobackup.model.awsbackup;

import java.time.Instant;

/**
 * A recovery point (an AWS Backup backup) with its computed lifecycle dates and the plan that made it.
 *
 * @param coldDate   when it moves (moved) to cold storage, null if never
 * @param deleteDate when AWS Backup deletes it, null if never
 * @param planId     the plan that made it, null for an on-demand job
 */
public record RecoveryPoint(String arn, String vaultName, String resourceArn, String resourceName, String status,
                            long sizeBytes, Instant created, Instant completed, Lifecycle lifecycle,
                            Instant coldDate, Instant deleteDate, String storageClass, String planId,
                            String planVersion, String ruleId) {
    public boolean isTransient() {
        return "CREATING".equals(status);
    }
}
