package dev.dynamobackup.model;

/**
 * The table a point-in-time restore reads from: an existing table (by name), or a deleted one (by the
 * ARN its {@code $DeletedTableBackup} SYSTEM backup names).
 */
public record PitrSource(String tableName, String tableArn, boolean deleted) {
    public static PitrSource existing(String tableName) {
        return new PitrSource(tableName, null, false);
    }

    public static PitrSource deleted(String tableName, String tableArn) {
        return new PitrSource(tableName, tableArn, true);
    }
}
