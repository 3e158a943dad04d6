package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.model.Problem;
import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.model.ReplayItem;
import dev.dynamobackup.model.ReplayStep;
import dev.dynamobackup.service.RestoreValidator;
import dev.dynamobackup.service.SettingsReplayService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Restores a snapshot into a new table: every part checked first (nothing is written from a damaged
 * snapshot), the table created from the manifest and waited for, the parts written in parallel
 * batches of 25, the new table compared with the manifest, the source's settings re-applied. An
 * interrupted import run again resumes after the parts it had completed ({@link ImportJournal}).
 */
final class SnapshotImporter {
    private final AwsClients clients;
    private final SettingsReplayService replay;
    private final Path dataDir;

    SnapshotImporter(AwsClients clients, SettingsReplayService replay, Path dataDir) {
        this.clients = clients;
        this.replay = replay;
        this.dataDir = dataDir;
    }

    ImportResult importSnapshot(ConnectionTarget target, Path in, String table, ImportOptions options,
                                SnapshotProgress.Listener listener, CancelSignal callerCancel)
            throws IOException, InterruptedException {
        RestoreValidator.tableName(table).ifPresent(p -> {
            throw new SnapshotRefusedException(ProblemText.of(p), ProblemText.of(Problem.of("tableName.todo")));
        });
        options.check().ifPresent(p -> {
            throw new SnapshotRefusedException(ProblemText.of(p), ProblemText.of(Problem.of("snapshot.import.todo")));
        });
        long started = System.nanoTime();
        try (SnapshotLocation location = SnapshotLocation.open(in)) {
            SnapshotManifest manifest = location.manifest();
            ProgressMeter verifying = new ProgressMeter(listener, SnapshotProgress.Phase.VERIFYING, manifest.itemCount());
            verifying.report();
            SnapshotVerifier.requireIntact(location, manifest, callerCancel);

            DynamoDbClient ddb = clients.dynamoDb(target);
            ImportJournal journal = ImportJournal.of(dataDir, manifest, target, table);
            Optional<TableDescription> existing = TableCreator.describe(ddb, table);
            boolean resumed = journal.exists() && existing.isPresent();
            ProgressMeter meter = new ProgressMeter(listener, SnapshotProgress.Phase.CREATING_TABLE, manifest.itemCount());
            meter.report();
            if (resumed) {
                if (!TableBlueprint.sameKeys(existing.get(), manifest)) {
                    throw new SnapshotRefusedException(ProblemText.of(Problem.of("snapshot.import.schemaDiffers", table)),
                            ProblemText.of(Problem.of("snapshot.import.schemaDiffers.todo")));
                }
            } else {
                if (existing.isPresent()) {
                    throw new SnapshotRefusedException(ProblemText.of(Problem.of("snapshot.import.exists", table)),
                            ProblemText.of(Problem.of("snapshot.import.exists.todo")));
                }
                journal.begin(manifest, in, target, table);
                try {
                    TableCreator.create(clients.dynamoDbWrites(target), ddb, TableBlueprint.createRequest(manifest, table, options.billingMode(),
                            options.readCapacity(), options.writeCapacity()), manifest);
                } catch (RuntimeException e) {
                    journal.delete();
                    throw e;
                }
            }
            TableDescription created = TableCreator.waitUntilActive(ddb, table);

            Set<String> done = journal.completed();
            long skippedItems = manifest.parts().stream().filter(p -> done.contains(p.file()))
                    .mapToLong(SnapshotManifest.PartInfo::itemCount).sum();
            int skippedParts = (int) manifest.parts().stream().filter(p -> done.contains(p.file())).count();
            meter.phase(SnapshotProgress.Phase.IMPORTING, manifest.itemCount());
            meter.add(skippedItems, 0);
            long writeStart = System.nanoTime();
            CapacityLimiter limiter = options.maxWriteUnits() > 0 ? new CapacityLimiter(options.maxWriteUnits())
                    : CapacityLimiter.unlimited();
            // the snapshot's side of the check is digested as the parts are read for writing
            ContentDigest expected = new PartImport(location, new BatchWriter(ddb, table, limiter), journal, meter)
                    .run(manifest.parts(), done, options.writers(), callerCancel);
            Duration writeTime = Duration.ofNanos(System.nanoTime() - writeStart);

            ProgressMeter checking = new ProgressMeter(listener, SnapshotProgress.Phase.CHECKING, manifest.itemCount());
            TableCheck.Outcome check = TableCheck.compare(ddb, table, manifest, expected,
                    Math.max(1, Math.min(manifest.segments(), SegmentPlan.MAX_THREADS)), checking, callerCancel);
            List<ReplayStep> steps = options.replaySettings()
                    ? replay.replay(target, table, manifest.sourceSettings(), replayable(target)) : List.of();
            journal.delete();
            meter.phase(SnapshotProgress.Phase.DONE, manifest.itemCount());
            return new ImportResult(table, created.tableArn(), resumed, skippedParts,
                    meter.items() - skippedItems, check.items(), check.differences(), steps, writeTime,
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** What the endpoint can take: DynamoDB Local has no tagging and no PITR. */
    private Set<ReplayItem> replayable(ConnectionTarget target) {
        EndpointCapabilities caps = clients.capabilities(target.connection());
        Set<ReplayItem> items = EnumSet.allOf(ReplayItem.class);
        if (!caps.tagging()) items.remove(ReplayItem.TAGS);
        if (!caps.pointInTimeRecovery()) items.remove(ReplayItem.PITR);
        return items;
    }
}
