package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.RecoveryPoint;
import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.service.awsbackup.AwsBackupServices;

import java.util.ArrayList;
import java.util.List;

/**
 * The AWS Backup recovery points shown in a backups list beside DynamoDB's own backups: one table's
 * (in every vault) or a region's (every vault's), each as an AWS_BACKUP row. Called on a worker thread.
 */
final class RecoveryPointRows {
    private RecoveryPointRows() {
    }

    static List<RecoveryPoint> list(AwsBackupServices aws, ConnectionTarget target, String table) {
        if (table != null) return aws.recoveryPoints().listByTable(target, aws.selections().tableArn(target, table));
        List<RecoveryPoint> all = new ArrayList<>();
        for (Vault v : aws.vaults().list(target)) all.addAll(aws.recoveryPoints().listByVault(target, v.name()));
        return all;
    }

    /** The point as a row of the list; the point itself (vault, lifecycle, plan) stays with the model. */
    static BackupSummary row(RecoveryPoint p) {
        // the point's own id: the last part of its ARN (backup:...:recovery-point:ID or dynamodb:...:table/T/backup/ID)
        String id = p.arn().substring(Math.max(p.arn().lastIndexOf(':'), p.arn().lastIndexOf('/')) + 1);
        String table = tableName(p);
        return new BackupSummary(p.arn(), table == null ? id : table + " (" + id + ")", table, p.resourceArn(), p.status(),
                BackupType.AWS_BACKUP, p.sizeBytes(), p.created(), p.deleteDate());
    }

    private static String tableName(RecoveryPoint p) {
        if (p.resourceName() != null && !p.resourceName().isEmpty()) return p.resourceName();
        String arn = p.resourceArn();
        return arn == null || !arn.contains(":table/") ? null : arn.substring(arn.indexOf(":table/") + 7);
    }
}
