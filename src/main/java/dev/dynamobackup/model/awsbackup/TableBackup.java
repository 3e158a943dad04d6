package dev.dynamobackup.model.awsbackup;

import java.time.Instant;

/**
 * One row of a table's single backup list: a native DynamoDB backup or an AWS Backup recovery point.
 *
 * @param source     NATIVE (DynamoDB's USER/SYSTEM backups) or AWS_BACKUP (a recovery point)
 * @param vaultName  the vault of a recovery point, null for a native backup
 * @param deleteDate a SYSTEM backup's expiry or a recovery point's computed delete date
 */
public record TableBackup(Source source, String arn, String name, String status, long sizeBytes, Instant created,
                          String vaultName, Instant deleteDate) {
    public enum Source { NATIVE, AWS_BACKUP }
}
