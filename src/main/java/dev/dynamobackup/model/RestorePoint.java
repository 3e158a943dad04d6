package dev.dynamobackup.model;

import java.time.Instant;

/** When to restore a table to: the latest restorable time, or a chosen instant. */
public record RestorePoint(boolean latest, Instant time) {
    public static final RestorePoint LATEST = new RestorePoint(true, null);

    public static RestorePoint at(Instant time) {
        return new RestorePoint(false, java.util.Objects.requireNonNull(time, "time"));
    }

    @Override
    public String toString() {
        return latest ? "latest restorable time" : time.toString();
    }
}
