package dev.dynamobackup.model;

/** Who made a backup: USER (on demand), SYSTEM (DynamoDB itself, e.g. on table deletion), AWS_BACKUP. */
public enum BackupType {
    USER, SYSTEM, AWS_BACKUP;

    /** Parses the API's text; unknown or missing values read as USER (the API's default list filter). */
    public static BackupType parse(String text) {
        if (text == null) return USER;
        for (BackupType t : values()) {
            if (t.name().equalsIgnoreCase(text)) return t;
        }
        return USER;
    }
}
