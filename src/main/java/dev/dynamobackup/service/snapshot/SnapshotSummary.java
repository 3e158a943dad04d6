package dev.dynamobackup.service.snapshot;

import java.nio.file.Path;
import java.time.Instant;

/** A snapshot as a list shows it, read from its manifest only (no part is opened). */
public record SnapshotSummary(Path path, String tableName, long itemCount, long byteCount, long compressedBytes,
                              int parts, Instant created, String sourceEndpoint, String region, String snapshotId) {

    static SnapshotSummary of(Path path, SnapshotManifest m) {
        return new SnapshotSummary(path, m.tableName(), m.itemCount(), m.byteCount(), m.compressedBytes(),
                m.parts().size(), m.endTime(), m.sourceEndpoint(), m.region(), m.snapshotId());
    }
}
