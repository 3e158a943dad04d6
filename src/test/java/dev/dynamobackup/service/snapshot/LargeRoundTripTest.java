package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.testing.DynamoDbLocalServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many items through DynamoDB Local's HTTP server: exported in parallel, imported in parallel, and
 * the new table read back item for item. {@code -Dsnapshot.items=100000} for the full 100,000-item
 * round trip (CI runs it that way); the default suite uses 20,000 to stay within a minute here.
 */
class LargeRoundTripTest {
    private static final int ITEMS = Integer.getInteger("snapshot.items", 20_000);
    @TempDir
    static Path dir;
    private static DynamoDbLocalServer server;
    private static AwsClients clients;

    @BeforeAll
    static void start() throws Exception {
        server = DynamoDbLocalServer.start();
        clients = new AwsClients(ClientOptions.forTests(), new EmbeddedSandbox(dir.resolve("sandbox"), c -> { }));
        SnapshotService seeding = SnapshotFixtures.service(clients, dir.resolve("seed"));
        // seeding through the app's own parallel writer is the quick way; the copy is checked independently below
        seeding.importSnapshot(server.target(), SeedSnapshot.write(dir.resolve("seed.zip"), ITEMS), "BigSeed",
                ImportOptions.DEFAULTS.withReplaySettings(false), SnapshotProgress.Listener.NONE, new CancelSignal());
    }

    @AfterAll
    static void stop() throws Exception {
        if (clients != null) clients.close();
        if (server != null) server.close();
    }

    @Test
    void itemsRoundTripWithIdenticalContent() throws Exception {
        ConnectionTarget target = server.target();
        SnapshotService snapshots = SnapshotFixtures.service(clients, dir.resolve("data"));
        ExportResult export = snapshots.export(target, "BigSeed", dir.resolve("big"), ExportOptions.DEFAULTS.withSegments(8),
                SnapshotProgress.Listener.NONE, new CancelSignal());
        assertEquals(ITEMS, export.manifest().itemCount());
        ImportResult result = snapshots.importSnapshot(target, dir.resolve("big"), "BigCopy", ImportOptions.DEFAULTS,
                SnapshotProgress.Listener.NONE, new CancelSignal());
        assertTrue(result.identical(), result.differences().toString());
        try (DynamoDbClient ddb = server.fixture()) {
            Map<String, Integer> source = SnapshotFixtures.content(ddb, "BigSeed");
            assertEquals(ITEMS, source.size());
            assertEquals(source, SnapshotFixtures.content(ddb, "BigCopy"));
        }
    }
}
