package dev.dynamobackup.service.snapshot;

import java.nio.file.Path;
import java.time.Duration;

/** A finished export: where it lies, its manifest, how long it took. */
public record ExportResult(Path path, SnapshotManifest manifest, Duration elapsed) {
    public double itemsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s > 0 ? manifest.itemCount() / s : 0;
    }
}
