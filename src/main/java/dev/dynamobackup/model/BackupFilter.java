package dev.dynamobackup.model;

import java.time.Instant;

/**
 * What ListBackups is asked for: a table (or all), a type (null: all types), and a creation-time range
 * (from inclusive, to exclusive, as the API defines them; null: open). {@link #matches} applies the same
 * rules on the client, for servers that ignore them (moto ignores the time range and the type).
 */
public record BackupFilter(String tableName, BackupType type, Instant from, Instant to) {

    public static final BackupFilter ALL = new BackupFilter(null, null, null, null);

    public static BackupFilter ofTable(String tableName) {
        return new BackupFilter(tableName, null, null, null);
    }

    public boolean matches(BackupSummary b) {
        if (tableName != null && !tableName.equals(b.tableName()) && !tableName.equals(b.tableArn())) return false;
        if (type != null && type != b.type()) return false;
        if (from != null && (b.created() == null || b.created().isBefore(from))) return false;
        return to == null || (b.created() != null && b.created().isBefore(to));
    }
}
