package dev.dynamobackup.model;

/** Point-in-time recovery state of a table as shown in the table list (the UI words it: ui.common.Formats). */
public enum PitrStatus {
    ENABLED,
    DISABLED,
    /** Not asked yet (loaded lazily). */
    UNKNOWN,
    /** The endpoint does not implement DescribeContinuousBackups (DynamoDB Local). */
    UNAVAILABLE
}
