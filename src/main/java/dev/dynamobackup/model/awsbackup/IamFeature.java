package dev.dynamobackup.model.awsbackup;

/** What a user can pick in the IAM helper; each maps to the least actions it needs. */
public enum IamFeature { NATIVE_BACKUPS, RESTORE, PITR, AWS_BACKUP, FILE_SNAPSHOTS }
