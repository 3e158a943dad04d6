package dev.dynamobackup.model;

import java.time.Instant;

/**
 * One on-demand, system or AWS Backup backup of a table, as ListBackups and DescribeBackup tell it.
 *
 * @param status    CREATING, AVAILABLE or DELETED
 * @param sizeBytes the backup's size; 0 while unknown (CREATING)
 * @param expiry    when a SYSTEM backup expires (35 days after its table was deleted), else null
 */
public record BackupSummary(String arn, String name, String tableName, String tableArn, String status,
                            BackupType type, long sizeBytes, Instant created, Instant expiry) {

    public static final String CREATING = "CREATING";
    public static final String AVAILABLE = "AVAILABLE";
    public static final String DELETED = "DELETED";

    public boolean isTransient() {
        return CREATING.equals(status);
    }

    /** AWS Backup owns these: they are deleted there (DeleteRecoveryPoint), not with DeleteBackup. */
    public boolean ownedByAwsBackup() {
        return type == BackupType.AWS_BACKUP || (arn != null && arn.startsWith("arn:aws:backup"));
    }

    public BackupSummary withStatus(String value) {
        return new BackupSummary(arn, name, tableName, tableArn, value, type, sizeBytes, created, expiry);
    }
}
