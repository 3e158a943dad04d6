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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Restores a snapshot into a new table: every part checked first (nothing is written from a damaged
 * snapshot), the table created from the manifest and waited for, the parts written in parallel
 * batches of 25, the new table compared with the manifest, the source's settings re-applied. An
 * interrupted import run again resumes after the parts it had completed ({@link ImportJournal}).
 */
final class SnapshotImporter {
    /** Parts read at once; each feeds batches to the shared writers. */
    private static final int PART_READERS = 4;
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
            List<SnapshotManifest.PartInfo> todo = manifest.parts().stream().filter(p -> !done.contains(p.file())).toList();
            long skippedItems = manifest.parts().stream().filter(p -> done.contains(p.file()))
                    .mapToLong(SnapshotManifest.PartInfo::itemCount).sum();
            meter.phase(SnapshotProgress.Phase.IMPORTING, manifest.itemCount());
            meter.add(skippedItems, 0);
            long writeStart = System.nanoTime();
            CapacityLimiter limiter = options.maxWriteUnits() > 0 ? new CapacityLimiter(options.maxWriteUnits())
                    : CapacityLimiter.unlimited();
            ContentDigest expected = new ContentDigest();
            writeParts(location, todo, new BatchWriter(ddb, table, limiter), options.writers(), journal, meter, callerCancel);
            Duration writeTime = Duration.ofNanos(System.nanoTime() - writeStart);
            // the snapshot's side of the check, read after the writes so that it takes no CPU from them
            digestParts(location, manifest.parts(), expected, callerCancel);

            ProgressMeter checking = new ProgressMeter(listener, SnapshotProgress.Phase.CHECKING, manifest.itemCount());
            TableCheck.Outcome check = TableCheck.compare(ddb, table, manifest, expected,
                    Math.max(1, Math.min(manifest.segments(), SegmentPlan.MAX_THREADS)), checking, callerCancel);
            List<ReplayStep> steps = options.replaySettings()
                    ? replay.replay(target, table, manifest.sourceSettings(), replayable(target)) : List.of();
            journal.delete();
            meter.phase(SnapshotProgress.Phase.DONE, manifest.itemCount());
            return new ImportResult(table, created.tableArn(), resumed, manifest.parts().size() - todo.size(),
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

    private static void writeParts(SnapshotLocation location, List<SnapshotManifest.PartInfo> parts, BatchWriter writer,
                                   int writers, ImportJournal journal, ProgressMeter meter, CancelSignal callerCancel)
            throws IOException, InterruptedException {
        if (parts.isEmpty()) return;
        CancelSignal cancel = callerCancel.child();
        ExecutorService readers = Executors.newFixedThreadPool(Math.min(PART_READERS, parts.size()),
                SnapshotThreads.named("snapshot-read"));
        ExecutorService writing = Executors.newFixedThreadPool(writers, SnapshotThreads.named("snapshot-write"));
        // bounds the batches read ahead of the writers: memory stays a few batches per writer
        Semaphore inFlight = new Semaphore(writers * 2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SnapshotManifest.PartInfo part : parts) {
                futures.add(readers.submit(() -> {
                    writePart(location, part, writer, writing, inFlight, meter, cancel);
                    journal.completed(part.file());
                    return null;
                }));
            }
            SnapshotThreads.awaitAll(futures, cancel);
        } finally {
            readers.shutdownNow();
            writing.shutdownNow();
        }
    }

    private static void writePart(SnapshotLocation location, SnapshotManifest.PartInfo part, BatchWriter writer,
                                  ExecutorService writing, Semaphore inFlight, ProgressMeter meter, CancelSignal cancel)
            throws IOException, InterruptedException {
        List<CompletableFuture<Void>> batches = new ArrayList<>();
        try (PartReader reader = new PartReader(location.part(part.file()))) {
            List<Map<String, AttributeValue>> batch = new ArrayList<>(BatchWriter.MAX_BATCH);
            for (Map<String, AttributeValue> item; (item = reader.next()) != null; ) {
                batch.add(item);
                if (batch.size() == BatchWriter.MAX_BATCH) {
                    batches.add(submit(batch, writer, writing, inFlight, meter, cancel));
                    batch = new ArrayList<>(BatchWriter.MAX_BATCH);
                }
            }
            if (!batch.isEmpty()) batches.add(submit(batch, writer, writing, inFlight, meter, cancel));
        }
        SnapshotThreads.awaitAll(batches, cancel);
    }

    /** The content digest of the snapshot's items, which the new table's must equal. */
    private static void digestParts(SnapshotLocation location, List<SnapshotManifest.PartInfo> parts, ContentDigest digest,
                                    CancelSignal cancel) throws IOException {
        for (SnapshotManifest.PartInfo part : parts) {
            cancel.check();
            try (PartReader reader = new PartReader(location.part(part.file()))) {
                for (Map<String, AttributeValue> item; (item = reader.next()) != null; ) digest.add(item);
            }
        }
    }

    private static CompletableFuture<Void> submit(List<Map<String, AttributeValue>> batch, BatchWriter writer,
                                                  ExecutorService writing, Semaphore inFlight, ProgressMeter meter,
                                                  CancelSignal cancel) throws InterruptedException {
        cancel.check();
        inFlight.acquire();
        CompletableFuture<Void> f = new CompletableFuture<>();
        try {
            writing.execute(() -> {
                try {
                    writer.write(batch, cancel, n -> meter.add(n, 0));
                    f.complete(null);
                } catch (Throwable e) {
                    f.completeExceptionally(e);
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
        return f;
    }
}
