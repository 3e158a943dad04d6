package dev.dynamobackup.model;

/** Point-in-time recovery state of a table as shown in the table list. */
public enum PitrStatus {
    ENABLED("On"),
    DISABLED("Off"),
    /** Not asked yet (loaded lazily). */
    UNKNOWN("…"),
    /** The endpoint does not implement DescribeContinuousBackups (DynamoDB Local). */
    UNAVAILABLE("Unavailable");

    private final String label;

    PitrStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
