package dev.dynamobackup.service.snapshot;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes a snapshot of generated small items without a source table (to seed large test tables fast). */
final class SeedSnapshot {
    private SeedSnapshot() {
    }

    static Path write(Path out, int items) throws IOException {
        SnapshotStaging staging = SnapshotStaging.begin(out);
        List<SnapshotManifest.PartInfo> parts = new ArrayList<>();
        int perPart = 10_000;
        for (int p = 0; p * perPart < items; p++) {
            String name = String.format("seed-%05d.json.gz", p);
            try (PartWriter w = new PartWriter(staging.dataFile(name), 0)) {
                for (int i = p * perPart; i < Math.min(items, (p + 1) * perPart); i++) {
                    Map<String, AttributeValue> item = SnapshotFixtures.small(i);
                    w.write(item);
                }
                parts.add(w.finish(SnapshotStaging.relativeName(name)));
            }
        }
        staging.commit(new SnapshotManifest(SnapshotManifest.FORMAT_VERSION, UUID.randomUUID().toString(), "Seed", null,
                "generated", "us-east-1", List.of(new SnapshotManifest.KeyElement("id", "HASH")),
                List.of(new SnapshotManifest.AttributeDef("id", "S")), List.of(), List.of(), "PAY_PER_REQUEST", 0, 0,
                null, null, Map.of(), 0, false, false, 1, items,
                parts.stream().mapToLong(SnapshotManifest.PartInfo::bytes).sum(),
                parts.stream().mapToLong(SnapshotManifest.PartInfo::compressedBytes).sum(),
                Instant.now(), Instant.now(), parts));
        return out;
    }
}
