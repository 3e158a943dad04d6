package dev.dynamobackup.model;

import java.time.Instant;

/** A deleted table that can still be restored through its {@code $DeletedTableBackup} SYSTEM backup. */
public record DeletedTable(String tableName, String tableArn, String backupArn, Instant expires) {
    @Override
    public String toString() {
        return tableName;
    }
}
