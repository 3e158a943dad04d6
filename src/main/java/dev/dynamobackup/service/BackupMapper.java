package dev.dynamobackup.service;

import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupDetails;
import software.amazon.awssdk.services.dynamodb.model.SourceTableDetails;

/** SDK backup shapes to {@link BackupSummary}. */
final class BackupMapper {
    private BackupMapper() {
    }

    static BackupSummary of(software.amazon.awssdk.services.dynamodb.model.BackupSummary s) {
        return new BackupSummary(s.backupArn(), s.backupName(), s.tableName(), s.tableArn(), s.backupStatusAsString(),
                BackupType.parse(s.backupTypeAsString()), size(s.backupSizeBytes()), s.backupCreationDateTime(),
                s.backupExpiryDateTime());
    }

    static BackupSummary of(BackupDescription d) {
        SourceTableDetails source = d.sourceTableDetails();
        return of(d.backupDetails(), source == null ? null : source.tableName(), source == null ? null : source.tableArn());
    }

    static BackupSummary of(BackupDetails b, String tableName, String tableArn) {
        return new BackupSummary(b.backupArn(), b.backupName(), tableName, tableArn, b.backupStatusAsString(),
                BackupType.parse(b.backupTypeAsString()), size(b.backupSizeBytes()), b.backupCreationDateTime(),
                b.backupExpiryDateTime());
    }

    private static long size(Long bytes) {
        return bytes == null ? 0 : bytes;
    }
}
