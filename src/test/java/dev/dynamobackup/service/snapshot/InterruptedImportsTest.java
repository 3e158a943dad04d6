package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bookkeeping behind "resume an interrupted import" on the sandbox: an import stopped after its first
 * completed part is listed with what it did (for its own connection and region only), can be checked,
 * refuses in words once its table no longer matches, can be forgotten, and resumes to exactly the source.
 */
class InterruptedImportsTest {
    @TempDir
    static Path dir;
    private static AwsClients clients;
    private static DynamoDbClient ddb;
    private static SnapshotService snapshots;
    private static Path snapshot;
    private static final ConnectionTarget SANDBOX = new ConnectionTarget(Connection.sandbox(), Connection.SANDBOX_REGION);

    @BeforeAll
    static void start() throws Exception {
        clients = new AwsClients(ClientOptions.forTests(), new EmbeddedSandbox(dir.resolve("sandbox"), c -> { }));
        ddb = clients.dynamoDb(SANDBOX);
        snapshots = SnapshotFixtures.service(clients, dir.resolve("data"));
        SnapshotFixtures.createSimpleTable(ddb, "Source");
        SnapshotFixtures.put(ddb, "Source", 2_000, SnapshotFixtures::small);
        snapshot = dir.resolve("source.zip");
        snapshots.export(SANDBOX, "Source", snapshot, ExportOptions.DEFAULTS.withSegments(1).withItemsPerPart(100),
                SnapshotProgress.Listener.NONE, new CancelSignal());
    }

    @AfterAll
    static void stop() {
        if (clients != null) clients.close();
    }

    /** Imports at 400 WCU/s and cancels once the journal records a completed part (about a second in). */
    private static void interruptedImportInto(String table) {
        CancelSignal cancel = new CancelSignal();
        SnapshotProgress.Listener stopAfterFirstPart = p -> {
            try {
                if (p.phase() == SnapshotProgress.Phase.IMPORTING
                        && snapshots.interruptedImport(SANDBOX, snapshot, table).map(i -> i.partsDone() >= 1).orElse(false)) {
                    cancel.cancel();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        assertThrows(CancellationException.class, () -> snapshots.importSnapshot(SANDBOX, snapshot, table,
                ImportOptions.DEFAULTS.withMaxWriteUnits(400), stopAfterFirstPart, cancel));
    }

    @Test
    void anInterruptedImportIsListedCheckedAndResumedToExactlyTheSourceItems() throws Exception {
        interruptedImportInto("Resumed");

        // (the other tests' imports of the same snapshot are listed too: only this one's is looked at)
        List<InterruptedImport> found = snapshots.interruptedImports(SANDBOX, snapshot).stream()
                .filter(i -> i.targetTable().equals("Resumed")).toList();
        assertEquals(1, found.size(), found.toString());
        InterruptedImport left = found.get(0);
        assertEquals("Resumed", left.targetTable());
        assertEquals(20, left.partsTotal());
        assertTrue(left.partsDone() >= 1 && left.partsDone() < 20, "parts done: " + left.partsDone());
        assertEquals(100L * left.partsDone(), left.itemsDone());
        assertEquals(2_000, left.itemsTotal());
        assertTrue(snapshots.interruptedImports(new ConnectionTarget(Connection.sandbox(), "eu-west-1"), snapshot).isEmpty(),
                "another region's interrupted imports are not this one's");

        assertEquals(left.partsDone(), snapshots.requireResumable(SANDBOX, snapshot, "Resumed").partsDone());
        ImportResult result = snapshots.importSnapshot(SANDBOX, snapshot, "Resumed", ImportOptions.DEFAULTS,
                SnapshotProgress.Listener.NONE, new CancelSignal());
        assertTrue(result.resumed());
        assertEquals(left.partsDone(), result.partsSkipped());
        assertTrue(result.identical(), result.differences().toString());
        assertEquals(SnapshotFixtures.content(ddb, "Source"), SnapshotFixtures.content(ddb, "Resumed"));
        assertTrue(snapshots.interruptedImport(SANDBOX, snapshot, "Resumed").isEmpty(), "a finished import is no longer offered");
    }

    @Test
    void aTableThatIsGoneOrHasOtherKeysIsRefusedInWordsAndTheImportCanBeForgotten() throws Exception {
        interruptedImportInto("Replaced");
        ddb.deleteTable(b -> b.tableName("Replaced"));
        SnapshotRefusedException gone = assertThrows(SnapshotRefusedException.class,
                () -> snapshots.requireResumable(SANDBOX, snapshot, "Replaced"));
        assertTrue(gone.getMessage().contains("Replaced") && gone.getMessage().contains("no longer exists"), gone.getMessage());

        ddb.createTable(b -> b.tableName("Replaced").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("other").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("other").keyType(KeyType.HASH)));
        SnapshotRefusedException differs = assertThrows(SnapshotRefusedException.class,
                () -> snapshots.requireResumable(SANDBOX, snapshot, "Replaced"));
        assertTrue(differs.getMessage().contains("another key schema"), differs.getMessage());

        snapshots.forgetInterruptedImport(SANDBOX, snapshot, "Replaced");
        assertTrue(snapshots.interruptedImport(SANDBOX, snapshot, "Replaced").isEmpty());
        assertTrue(ddb.describeTable(b -> b.tableName("Replaced")).table() != null, "forgetting keeps the table");
    }

    @Test
    void anImportRunningNowIsNotOfferedAndASecondOneIntoTheSameTableIsRefused() throws Exception {
        CancelSignal cancel = new CancelSignal();
        AtomicBoolean importing = new AtomicBoolean();
        CompletableFuture<ImportResult> running = CompletableFuture.supplyAsync(() -> {
            try {
                return snapshots.importSnapshot(SANDBOX, snapshot, "Busy", ImportOptions.DEFAULTS.withMaxWriteUnits(200),
                        p -> importing.compareAndSet(false, p.phase() == SnapshotProgress.Phase.IMPORTING), cancel);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!importing.get() && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(importing.get(), "the import did not start writing");
        try {
            assertFalse(snapshots.interruptedImports(SANDBOX, snapshot).stream().anyMatch(i -> i.targetTable().equals("Busy")),
                    "a running import is not an interrupted one");
            SnapshotRefusedException twice = assertThrows(SnapshotRefusedException.class, () -> snapshots.importSnapshot(
                    SANDBOX, snapshot, "Busy", ImportOptions.DEFAULTS, SnapshotProgress.Listener.NONE, new CancelSignal()));
            assertTrue(twice.getMessage().contains("already running"), twice.getMessage());
        } finally {
            cancel.cancel();
            assertThrows(java.util.concurrent.ExecutionException.class, () -> running.get(30, TimeUnit.SECONDS));
        }
        assertEquals("Busy", snapshots.interruptedImports(SANDBOX, snapshot).stream()
                .filter(i -> i.targetTable().equals("Busy")).findFirst().orElseThrow().targetTable(),
                "once cancelled it is offered for resuming");
    }
}
