package dev.dynamobackup.model.awsbackup;

/** When a recovery point moves to cold storage and when it is deleted (days after creation; null: never). */
public record Lifecycle(Integer coldAfterDays, Integer deleteAfterDays) {
    public static final Lifecycle KEEP_FOREVER = new Lifecycle(null, null);

    public static Lifecycle deleteAfter(int days) {
        return new Lifecycle(null, days);
    }

    public boolean usesColdStorage() {
        return coldAfterDays != null;
    }
}
