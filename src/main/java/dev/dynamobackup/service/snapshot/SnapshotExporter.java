package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.model.Problem;
import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionKind;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.SourceSettings;
import dev.dynamobackup.service.RestoreValidator;
import dev.dynamobackup.service.SettingsReplayService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Scans a table in parallel into a snapshot: each segment streams its pages into its own gzip parts
 * (hashed as they are written), the manifest is written last and the folder or zip only then takes
 * its name. A cancelled or failed export deletes what it wrote.
 */
final class SnapshotExporter {
    private final AwsClients clients;
    private final SettingsReplayService replay;

    SnapshotExporter(AwsClients clients, SettingsReplayService replay) {
        this.clients = clients;
        this.replay = replay;
    }

    ExportResult export(ConnectionTarget target, String table, Path out, ExportOptions options,
                        SnapshotProgress.Listener listener, CancelSignal cancel) throws IOException, InterruptedException {
        RestoreValidator.tableName(table).ifPresent(p -> {
            throw new SnapshotRefusedException(ProblemText.of(p), ProblemText.of(Problem.of("snapshot.export.table.todo")));
        });
        options.check().ifPresent(p -> {
            throw new SnapshotRefusedException(ProblemText.of(p), ProblemText.of(Problem.of("snapshot.export.todo")));
        });
        if (Files.exists(out)) {
            throw new SnapshotRefusedException(ProblemText.of(Problem.of("snapshot.export.exists", out)),
                    ProblemText.of(Problem.of("snapshot.export.exists.todo")));
        }
        Instant start = Instant.now();
        long started = System.nanoTime();
        DynamoDbClient ddb = clients.dynamoDb(target);
        TableDescription t = ddb.describeTable(b -> b.tableName(table)).table();
        SourceSettings settings = SettingsCapture.capture(replay, ddb, target, t);
        int segments = options.segments() > 0 ? options.segments() : SegmentPlan.segmentsFor(nz(t.tableSizeBytes()));
        long expected = nz(t.itemCount());

        ProgressMeter meter = new ProgressMeter(listener, SnapshotProgress.Phase.EXPORTING, expected);
        List<SegmentWriter> writers = java.util.Collections.synchronizedList(new ArrayList<>());
        SnapshotStaging staging = SnapshotStaging.begin(out);
        boolean committed = false;
        try {
            CapacityLimiter limiter = options.maxReadUnits() > 0 ? new CapacityLimiter(options.maxReadUnits())
                    : CapacityLimiter.unlimited();
            new ParallelScan(ddb, table, segments, SegmentPlan.threadsFor(segments), options.consistent(), limiter)
                    .run(segment -> {
                        SegmentWriter w = new SegmentWriter(staging, segment, options.itemsPerPart(), meter);
                        writers.add(w);
                        return w;
                    }, cancel);
            cancel.check();
            List<SnapshotManifest.PartInfo> parts = new ArrayList<>();
            writers.stream().sorted(Comparator.comparingInt(w -> w.segment)).forEach(w -> parts.addAll(w.parts));
            SnapshotManifest manifest = manifest(target, t, settings, options, segments, parts, start);
            staging.commit(manifest);
            committed = true;
            meter.phase(SnapshotProgress.Phase.DONE, manifest.itemCount());
            return new ExportResult(out, manifest, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            if (!committed) {
                writers.forEach(SegmentWriter::closeQuietly);
                staging.abandon();
            }
        }
    }

    private static SnapshotManifest manifest(ConnectionTarget target, TableDescription t, SourceSettings s,
                                             ExportOptions options, int segments, List<SnapshotManifest.PartInfo> parts,
                                             Instant start) {
        var p = t.provisionedThroughput();
        String billing = TableBlueprint.billingMode(t);
        boolean provisioned = "PROVISIONED".equals(billing);
        long items = parts.stream().mapToLong(SnapshotManifest.PartInfo::itemCount).sum();
        return new SnapshotManifest(SnapshotManifest.FORMAT_VERSION, UUID.randomUUID().toString(), t.tableName(),
                t.tableArn(), endpointOf(target.connection(), target.region()), target.region(),
                TableBlueprint.keys(t.keySchema()), TableBlueprint.attributes(t),
                TableBlueprint.globalIndexes(t), TableBlueprint.localIndexes(t), billing,
                provisioned && p != null ? nz(p.readCapacityUnits()) : 0, provisioned && p != null ? nz(p.writeCapacityUnits()) : 0,
                s.ttlAttribute(), s.streamViewType(), s.tags(), s.pitrDays(), s.deletionProtection(),
                options.consistent(), segments, items,
                parts.stream().mapToLong(SnapshotManifest.PartInfo::bytes).sum(),
                parts.stream().mapToLong(SnapshotManifest.PartInfo::compressedBytes).sum(),
                start, Instant.now(), parts);
    }

    /** Where the data came from, for people reading the manifest: never credentials, only the address. */
    static String endpointOf(Connection c, String region) {
        if (c.kind() == ConnectionKind.SANDBOX) return "sandbox";
        if (c.kind() == ConnectionKind.ENDPOINT) return c.endpoint().toString();
        return "https://dynamodb." + region + ".amazonaws.com";
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }

    /** One segment's parts: a new part every {@code itemsPerPart} items. */
    private static final class SegmentWriter implements ParallelScan.Sink {
        final int segment;
        final List<SnapshotManifest.PartInfo> parts = new ArrayList<>();
        private final SnapshotStaging staging;
        private final int itemsPerPart;
        private final ProgressMeter meter;
        private PartWriter current;

        SegmentWriter(SnapshotStaging staging, int segment, int itemsPerPart, ProgressMeter meter) {
            this.staging = staging;
            this.segment = segment;
            this.itemsPerPart = itemsPerPart;
            this.meter = meter;
        }

        @Override
        public void page(List<Map<String, AttributeValue>> items) throws IOException {
            long bytes = 0;
            for (Map<String, AttributeValue> item : items) {
                if (current == null) {
                    current = new PartWriter(staging.dataFile(name(parts.size())), segment);
                }
                bytes += current.write(item);
                if (current.items() >= itemsPerPart) roll();
            }
            meter.add(items.size(), bytes);
        }

        @Override
        public void finish() throws IOException {
            if (current != null) roll();
        }

        private void roll() throws IOException {
            parts.add(current.finish(SnapshotStaging.relativeName(name(parts.size()))));
            current = null;
        }

        private String name(int sequence) {
            return String.format("segment-%05d-part-%05d.json.gz", segment, sequence);
        }

        void closeQuietly() {
            if (current == null) return;
            try {
                current.close();
            } catch (IOException ignored) {
                // the staging folder is deleted next
            }
        }
    }
}
