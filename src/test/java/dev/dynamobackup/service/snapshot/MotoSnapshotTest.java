package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.ReplayItem;
import dev.dynamobackup.model.ReplayStep;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.testing.ThrottleInjector;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Snapshots against moto: the requests the app sends (moto ignores several parameters), settings, resume. */
@WithMoto
class MotoSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void exportSendsParallelConsistentScansAndImportRecreatesTheTableWithItsSettings(Moto moto) throws Exception {
        ConnectionTarget target = moto.target("eu-west-1");
        try (DynamoDbClient ddb = moto.fixture("eu-west-1")) {
            SnapshotFixtures.createIndexedTable(ddb, "Orders");
            SnapshotFixtures.put(ddb, "Orders", 120, SnapshotFixtures::richItem);
            String arn = ddb.describeTable(b -> b.tableName("Orders")).table().tableArn();
            ddb.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("env").value("prod")));
            ddb.updateTimeToLive(b -> b.tableName("Orders").timeToLiveSpecification(t -> t.enabled(true).attributeName("expires")));
        }
        RequestRecorder recorder = new RequestRecorder();
        try (AwsClients clients = moto.clients(dir.resolve("sandbox"), recorder)) {
            SnapshotService snapshots = SnapshotFixtures.service(clients, dir.resolve("data"));
            ExportResult export = snapshots.export(target, "Orders", dir.resolve("orders"),
                    ExportOptions.DEFAULTS.withSegments(4).withConsistent(true).withMaxReadUnits(10_000),
                    SnapshotProgress.Listener.NONE, new CancelSignal());
            assertEquals(120, export.manifest().itemCount());
            assertEquals(java.util.Map.of("env", "prod"), export.manifest().tags());
            assertEquals("expires", export.manifest().ttlAttribute());
            List<ScanRequest> scans = recorder.of(ScanRequest.class);
            assertEquals(java.util.Set.of(0, 1, 2, 3), scans.stream().map(ScanRequest::segment).collect(java.util.stream.Collectors.toSet()));
            assertTrue(scans.stream().allMatch(s -> s.totalSegments() == 4 && s.consistentRead()
                    && s.returnConsumedCapacity() == ReturnConsumedCapacity.TOTAL), scans.toString());

            recorder.clear();
            ImportResult result = snapshots.importSnapshot(target, dir.resolve("orders"), "OrdersCopy",
                    ImportOptions.DEFAULTS.withBilling("PROVISIONED", 7, 9).withMaxWriteUnits(50_000), SnapshotProgress.Listener.NONE, new CancelSignal());
            assertTrue(result.identical(), result.differences().toString());
            CreateTableRequest create = recorder.of(CreateTableRequest.class).get(0);
            assertEquals(7L, create.provisionedThroughput().readCapacityUnits());
            assertEquals("by-status", create.globalSecondaryIndexes().get(0).indexName());
            List<BatchWriteItemRequest> batches = recorder.of(BatchWriteItemRequest.class);
            assertTrue(batches.stream().allMatch(b -> b.requestItems().get("OrdersCopy").size() <= 25
                    && b.returnConsumedCapacity() == ReturnConsumedCapacity.TOTAL));
            assertEquals(120, batches.stream().mapToInt(b -> b.requestItems().get("OrdersCopy").size()).sum());
            assertTrue(result.replay().stream().filter(s -> s.item() == ReplayItem.TAGS || s.item() == ReplayItem.TTL)
                    .allMatch(s -> s.outcome() == ReplayStep.Outcome.APPLIED), result.replay().toString());
        }
        try (DynamoDbClient ddb = moto.fixture("eu-west-1")) {
            assertEquals(SnapshotFixtures.content(ddb, "Orders"), SnapshotFixtures.content(ddb, "OrdersCopy"));
            String arn = ddb.describeTable(b -> b.tableName("OrdersCopy")).table().tableArn();
            assertEquals("prod", ddb.listTagsOfResource(b -> b.resourceArn(arn)).tags().get(0).value());
            assertEquals("expires", ddb.describeTimeToLive(b -> b.tableName("OrdersCopy")).timeToLiveDescription().attributeName());
        }
    }

    @Test
    void anInterruptedImportResumesFromTheLastCompletedPartAndEndsWithExactlyTheSourceItems(Moto moto) throws Exception {
        ConnectionTarget target = moto.target("us-east-1");
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            SnapshotFixtures.createSimpleTable(ddb, "Events");
            SnapshotFixtures.put(ddb, "Events", 1_000, SnapshotFixtures::small);
        }
        Path data = dir.resolve("data");
        RequestRecorder recorder = new RequestRecorder();
        // the interruption: cancelled once 14 batches of 25 (350 items, 3 parts of 100 done) were written,
        // counted on the wire so that it lands mid-import however fast the machine is
        CancelSignal cancel = new CancelSignal();
        AtomicInteger batches = new AtomicInteger();
        AtomicBoolean armed = new AtomicBoolean();
        ExecutionInterceptor interrupter = new ExecutionInterceptor() {
            @Override
            public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
                if (armed.get() && context.request() instanceof BatchWriteItemRequest && batches.incrementAndGet() == 14) {
                    cancel.cancel();
                }
            }
        };
        try (AwsClients clients = moto.clients(dir.resolve("sandbox"), recorder, interrupter)) {
            SnapshotService snapshots = SnapshotFixtures.service(clients, data);
            Path snapshot = dir.resolve("events.zip");
            snapshots.export(target, "Events", snapshot, ExportOptions.DEFAULTS.withSegments(1).withItemsPerPart(100),
                    SnapshotProgress.Listener.NONE, new CancelSignal());

            armed.set(true);
            assertThrows(CancellationException.class, () -> snapshots.importSnapshot(target, snapshot, "EventsCopy",
                    ImportOptions.DEFAULTS.withWriters(1), SnapshotProgress.Listener.NONE, cancel));
            armed.set(false);
            try (Stream<Path> journals = Files.list(ImportJournal.folder(data))) {
                assertEquals(1, journals.filter(p -> p.toString().endsWith(".json")).count());
            }

            recorder.clear();
            ImportResult resumed = snapshots.importSnapshot(target, snapshot, "EventsCopy", ImportOptions.DEFAULTS,
                    SnapshotProgress.Listener.NONE, new CancelSignal());
            assertTrue(resumed.resumed());
            assertTrue(resumed.partsSkipped() >= 1 && resumed.partsSkipped() < 10, "skipped " + resumed.partsSkipped());
            assertTrue(recorder.of(CreateTableRequest.class).isEmpty(), "a resumed import does not create the table again");
            int written = recorder.of(BatchWriteItemRequest.class).stream().mapToInt(b -> b.requestItems().get("EventsCopy").size()).sum();
            assertEquals(1_000 - resumed.partsSkipped() * 100, written);
            assertTrue(resumed.identical(), resumed.differences().toString());
            assertEquals(1_000, resumed.tableItems());
            try (Stream<Path> journals = Files.list(ImportJournal.folder(data))) {
                assertFalse(journals.anyMatch(p -> p.toString().endsWith(".json")), "the journal is deleted at the end");
            }
        }
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertEquals(SnapshotFixtures.content(ddb, "Events"), SnapshotFixtures.content(ddb, "EventsCopy"));
        }
    }

    @Test
    void throttledScansAndBatchWritesAreRetriedNotSkipped(Moto moto) throws Exception {
        ConnectionTarget target = moto.target("us-east-1");
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            SnapshotFixtures.createSimpleTable(ddb, "Hot");
            SnapshotFixtures.put(ddb, "Hot", 600, SnapshotFixtures::small);
        }
        ThrottleInjector throttle = new ThrottleInjector(3, "Scan", "BatchWriteItem");
        try (AwsClients clients = moto.clients(dir.resolve("sandbox"), throttle)) {
            SnapshotService snapshots = SnapshotFixtures.service(clients, dir.resolve("data"));
            ExportResult export = snapshots.export(target, "Hot", dir.resolve("hot"), ExportOptions.DEFAULTS.withSegments(4),
                    SnapshotProgress.Listener.NONE, new CancelSignal());
            assertEquals(600, export.manifest().itemCount());
            int scansThrottled = throttle.throttled();
            assertTrue(scansThrottled > 0, "no scan was throttled");
            ImportResult result = snapshots.importSnapshot(target, dir.resolve("hot"), "HotCopy", ImportOptions.DEFAULTS,
                    SnapshotProgress.Listener.NONE, new CancelSignal());
            assertTrue(throttle.throttled() > scansThrottled, "no batch write was throttled");
            assertTrue(result.identical(), result.differences().toString());
        }
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertEquals(SnapshotFixtures.content(ddb, "Hot"), SnapshotFixtures.content(ddb, "HotCopy"));
        }
    }
}
