package dev.dynamobackup.model;

import java.time.Instant;
import java.util.List;

/**
 * What DescribeBackup says about one backup and the table it was taken from: the source page of the
 * restore wizard.
 *
 * @param type          USER, SYSTEM or AWS_BACKUP
 * @param indexes       the source table's secondary indexes; empty when the server did not say
 * @param billingMode   the source table's billing mode at backup time (PAY_PER_REQUEST or PROVISIONED)
 */
public record BackupDetails(String backupArn, String backupName, String status, String type, long sizeBytes,
                            Instant created, Instant expires, String tableName, String tableArn, long itemCount,
                            List<KeyAttribute> keySchema, List<IndexInfo> indexes, String billingMode,
                            long readCapacity, long writeCapacity) {
    public BackupDetails {
        keySchema = List.copyOf(keySchema);
        indexes = List.copyOf(indexes);
    }

    public List<IndexInfo> globalIndexes() {
        return indexes.stream().filter(IndexInfo::global).toList();
    }

    public List<IndexInfo> localIndexes() {
        return indexes.stream().filter(i -> !i.global()).toList();
    }
}
