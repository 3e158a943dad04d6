package dev.dynamobackup.model;

/** What a restore does not carry over and the app can set again once the new table is ACTIVE. */
public enum ReplayItem {
    TAGS("Tags"),
    TTL("Time to live"),
    STREAM("Stream setting"),
    PITR("Point-in-time recovery"),
    DELETION_PROTECTION("Deletion protection");

    private final String label;

    ReplayItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
