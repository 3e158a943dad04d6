package dev.dynamobackup.service.snapshot;

import java.time.Duration;

/**
 * Where an export or import stands, handed to a {@link Listener} a few times a second from a worker
 * thread (a GUI hops to its own thread before touching a node).
 *
 * @param totalItems the expected items (the table's item count, or the manifest's); 0 when unknown
 * @param eta        null while no rate is known
 */
public record SnapshotProgress(Phase phase, long items, long totalItems, long bytes, double itemsPerSecond,
                               Duration elapsed, Duration eta) {

    public enum Phase { VERIFYING, CREATING_TABLE, EXPORTING, IMPORTING, CHECKING, DONE }

    /** 0..1, or -1 when the total is unknown. */
    public double fraction() {
        return totalItems <= 0 ? -1 : Math.min(1.0, (double) items / totalItems);
    }

    @FunctionalInterface
    public interface Listener {
        Listener NONE = p -> { };

        void progress(SnapshotProgress progress);
    }
}
