package dev.dynamobackup.service;

import dev.dynamobackup.model.Problem;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DynamoDB's rule for backup names (3 to 255 characters of {@code [A-Za-z0-9_.-]}). moto accepts
 * anything, so the app checks names itself, before any call.
 */
public final class BackupNames {
    public static final int MIN = 3;
    public static final int MAX = 255;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9_.-]");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private BackupNames() {
    }

    /** Why {@code name} cannot be used, or empty when it can. */
    public static Optional<Problem> problem(String name) {
        if (name == null || name.isEmpty()) return Optional.of(Problem.of("backupName.empty"));
        if (name.length() < MIN || name.length() > MAX) {
            return Optional.of(Problem.of("backupName.length", shorten(name), name.length()));
        }
        if (!ALLOWED.matcher(name).matches()) {
            var m = NOT_ALLOWED.matcher(name);
            String bad = m.find() ? m.group() : "?";
            return Optional.of(" ".equals(bad) ? Problem.of("backupName.space") : Problem.of("backupName.character", bad));
        }
        return Optional.empty();
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

    private static String shorten(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
