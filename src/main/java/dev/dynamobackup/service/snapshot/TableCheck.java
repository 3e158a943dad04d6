package dev.dynamobackup.service.snapshot;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * After an import: scans the new table (strongly consistent, so every write just made is seen) and
 * compares its item count and content digest with those of the snapshot's parts.
 */
final class TableCheck {
    private TableCheck() {
    }

    record Outcome(long items, List<String> differences) {
    }

    static Outcome compare(DynamoDbClient ddb, String table, SnapshotManifest manifest, ContentDigest expected, int segments,
                           ProgressMeter meter, CancelSignal cancel) throws IOException, InterruptedException {
        ContentDigest digest = new ContentDigest();
        new ParallelScan(ddb, table, segments, SegmentPlan.threadsFor(segments), true, CapacityLimiter.unlimited())
                .run(segment -> items -> {
                    items.forEach(digest::add);
                    meter.add(items.size(), 0);
                }, cancel);
        List<String> differences = new ArrayList<>();
        if (digest.items() != manifest.itemCount()) {
            differences.add("The new table has " + digest.items() + " items; the snapshot has " + manifest.itemCount() + ".");
        }
        if (!expected.hex().equals(digest.hex())) {
            differences.add("The new table's content digest differs from the snapshot's: some items are not identical.");
        }
        return new Outcome(digest.items(), differences);
    }
}
