package dev.dynamobackup.model.awsbackup;

import java.time.Instant;

/**
 * A backup vault of one region, as DescribeBackupVault / ListBackupVaults tell it.
 *
 * @param lockChangeableUntil when a compliance-mode lock can no longer be removed (null: not locked or governance mode)
 */
public record Vault(String name, String arn, long recoveryPoints, String encryptionKeyArn, boolean locked,
                    Integer minRetentionDays, Integer maxRetentionDays, Instant lockChangeableUntil, Instant created) {
}
