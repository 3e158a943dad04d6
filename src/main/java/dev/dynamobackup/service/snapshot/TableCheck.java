package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.service.validation.ProblemText;

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
            differences.add(ProblemText.of(Problem.of("snapshot.check.count", digest.items(), manifest.itemCount())));
        }
        if (!expected.hex().equals(digest.hex())) {
            differences.add(ProblemText.of(Problem.of("snapshot.check.digest")));
        }
        return new Outcome(digest.items(), differences);
    }
}
