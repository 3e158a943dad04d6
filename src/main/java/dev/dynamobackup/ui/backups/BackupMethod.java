package dev.dynamobackup.ui.backups;

/** How the create-backup wizard makes the backups: DynamoDB's CreateBackup, or an AWS Backup job. */
public enum BackupMethod {
    DYNAMODB,
    AWS_BACKUP
}
