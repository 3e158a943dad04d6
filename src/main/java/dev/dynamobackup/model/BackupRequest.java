package dev.dynamobackup.model;

/** One backup to make: CreateBackup of {@code tableName} under {@code backupName}. */
public record BackupRequest(String tableName, String backupName) {
}
