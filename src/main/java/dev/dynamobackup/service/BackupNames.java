package dev.dynamobackup.service;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.service.validation.NameRules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * DynamoDB's rule for backup names (3 to 255 characters of {@code [A-Za-z0-9_.-]}). moto accepts
 * anything, so the app checks names itself, before any call.
 */
public final class BackupNames {
    public static final int MIN = NameRules.MIN;
    public static final int MAX = NameRules.MAX;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupNames() {
    }

    /** Why {@code name} cannot be used, or empty when it can (the rule lives in {@link NameRules}). */
    public static Optional<Problem> problem(String name) {
        return NameRules.backup(name);
    }

    public static void require(String name) {
        problem(name).ifPresent(p -> {
            throw new InvalidBackupNameException(p);
        });
    }

    /** {@code <table>-<yyyyMMdd-HHmmss>} in local time, cut to fit 255 characters. */
    public static String defaultName(String tableName, Instant now, ZoneId zone) {
        String stamp = "-" + STAMP.format(now.atZone(zone));
        String table = tableName.length() + stamp.length() > MAX ? tableName.substring(0, MAX - stamp.length()) : tableName;
        return table + stamp;
    }

    public static String defaultName(String tableName) {
        return defaultName(tableName, Instant.now(), ZoneId.systemDefault());
    }

}
