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
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Snapshots on the embedded DynamoDB Local (the sandbox the app offers with no AWS account). */
class SandboxSnapshotTest {
    @TempDir
    static Path dir;
    private static AwsClients clients;
    private static DynamoDbClient ddb;
    private static SnapshotService snapshots;
    private static final ConnectionTarget SANDBOX = new ConnectionTarget(Connection.sandbox(), Connection.SANDBOX_REGION);

    @BeforeAll
    static void start() {
        clients = new AwsClients(ClientOptions.forTests(), new EmbeddedSandbox(dir.resolve("sandbox"), c -> { }));
        ddb = clients.dynamoDb(SANDBOX);
        snapshots = SnapshotFixtures.service(clients, dir.resolve("data"));
        SnapshotFixtures.createIndexedTable(ddb, "Rich");
        SnapshotFixtures.put(ddb, "Rich", 200, SnapshotFixtures::richItem);
        SnapshotFixtures.createSimpleTable(ddb, "Small");
        SnapshotFixtures.put(ddb, "Small", 2_000, SnapshotFixtures::small);
    }

    @AfterAll
    static void stop() {
        if (clients != null) clients.close();
    }

    @Test
    void everyAttributeTypeAndTheIndexesRoundTripThroughAZip() throws Exception {
        Path zip = dir.resolve("rich.zip");
        ExportResult export = snapshots.export(SANDBOX, "Rich", zip, ExportOptions.DEFAULTS.withSegments(3),
                SnapshotProgress.Listener.NONE, new CancelSignal());
        assertTrue(Files.isRegularFile(zip));
        assertEquals(200, export.manifest().itemCount());
        assertEquals(3, export.manifest().segments());
        assertEquals("by-status", export.manifest().globalSecondaryIndexes().get(0).indexName());
        assertEquals(List.of("total"), export.manifest().globalSecondaryIndexes().get(0).nonKeyAttributes());
        assertEquals("by-total", export.manifest().localSecondaryIndexes().get(0).indexName());

        ImportResult result = snapshots.importSnapshot(SANDBOX, zip, "RichCopy", ImportOptions.DEFAULTS,
                SnapshotProgress.Listener.NONE, new CancelSignal());

        assertTrue(result.identical(), result.differences().toString());
        assertEquals(200, result.tableItems());
        assertEquals(SnapshotFixtures.content(ddb, "Rich"), SnapshotFixtures.content(ddb, "RichCopy"));
        TableDescription copy = ddb.describeTable(b -> b.tableName("RichCopy")).table();
        assertEquals("INCLUDE", copy.globalSecondaryIndexes().get(0).projection().projectionTypeAsString());
        assertEquals("total", copy.localSecondaryIndexes().get(0).keySchema().get(1).attributeName());
        // the 38-digit number is exactly what was written
        var item = ddb.getItem(b -> b.tableName("RichCopy").key(Map.of(
                "pk", SnapshotFixtures.richItem(3).get("pk"), "sk", SnapshotFixtures.richItem(3).get("sk")))).item();
        assertEquals("12345678901234567890123456789012345673", item.get("total").n());
    }

    @Test
    void partsAreDynamoDbJsonLinesAsInAnExportToS3() throws Exception {
        Path folder = dir.resolve("small-folder");
        ExportResult export = snapshots.export(SANDBOX, "Small", folder, ExportOptions.DEFAULTS.withSegments(2).withItemsPerPart(400),
                SnapshotProgress.Listener.NONE, new CancelSignal());
        assertTrue(export.manifest().parts().size() >= 5, "parts: " + export.manifest().parts().size());
        Path part = folder.resolve(export.manifest().parts().get(0).file());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(part))) {
            String first = new String(in.readNBytes(200), java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            assertTrue(first.matches("\\{\"Item\":\\{.*\"id\":\\{\"S\":\"item-\\d+\"}.*}}"), first);
            assertTrue(first.contains("\"n\":{\"N\":\""), first);
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertEquals(1, json.get("formatVersion").asInt());
        assertEquals(64, json.get("parts").get(0).get("sha256").asText().length());
        assertEquals("sandbox", json.get("sourceEndpoint").asText());
        assertTrue(snapshots.verify(folder, new CancelSignal()).intact());
        assertTrue(snapshots.list(dir).stream().anyMatch(s -> s.path().equals(folder) && s.itemCount() == 2_000));
    }

    @Test
    void aCorruptedPartIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path folder = dir.resolve("corrupt");
        ExportResult export = snapshots.export(SANDBOX, "Small", folder, ExportOptions.DEFAULTS.withItemsPerPart(500),
                SnapshotProgress.Listener.NONE, new CancelSignal());
        Path part = folder.resolve(export.manifest().parts().get(1).file());
        try (RandomAccessFile f = new RandomAccessFile(part.toFile(), "rw")) {
            f.seek(f.length() / 2);
            int b = f.read();
            f.seek(f.length() / 2);
            f.write(b ^ 0x5a);
        }
        SnapshotRefusedException refused = assertThrows(SnapshotRefusedException.class, () -> snapshots.importSnapshot(
                SANDBOX, folder, "CorruptCopy", ImportOptions.DEFAULTS, SnapshotProgress.Listener.NONE, new CancelSignal()));
        assertTrue(refused.getMessage().contains(export.manifest().parts().get(1).file()), refused.getMessage());
        assertFalse(ddb.listTables().tableNames().contains("CorruptCopy"));
        assertFalse(snapshots.verify(folder, new CancelSignal()).intact());
    }

    @Test
    void aTruncatedPartIsRefused() throws Exception {
        Path folder = dir.resolve("truncated");
        ExportResult export = snapshots.export(SANDBOX, "Small", folder, ExportOptions.DEFAULTS,
                SnapshotProgress.Listener.NONE, new CancelSignal());
        Path part = folder.resolve(export.manifest().parts().get(0).file());
        byte[] bytes = Files.readAllBytes(part);
        Files.write(part, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        SnapshotService.VerifyResult verify = snapshots.verify(folder, new CancelSignal());
        assertFalse(verify.intact());
        assertTrue(verify.problems().get(0).contains("truncated"), verify.problems().toString());
        assertThrows(SnapshotRefusedException.class, () -> snapshots.importSnapshot(
                SANDBOX, folder, "TruncatedCopy", ImportOptions.DEFAULTS, SnapshotProgress.Listener.NONE, new CancelSignal()));
        assertFalse(ddb.listTables().tableNames().contains("TruncatedCopy"));
    }

    @Test
    void aCancelledExportLeavesNothingThatLooksComplete() throws Exception {
        Path out = dir.resolve("cancelled.zip");
        CancelSignal cancel = new CancelSignal();
        AtomicInteger reports = new AtomicInteger();
        assertThrows(CancellationException.class, () -> snapshots.export(SANDBOX, "Small", out,
                ExportOptions.DEFAULTS.withSegments(4).withMaxReadUnits(20), p -> {
                    if (p.items() > 0 && reports.incrementAndGet() >= 1) cancel.cancel();
                }, cancel));
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("cancelled")), "staging left behind");
        }
        assertTrue(snapshots.list(dir).stream().noneMatch(s -> s.path().getFileName().toString().contains("cancelled")));
    }

    @Test
    void anExistingTargetOrOutputIsRefused() throws Exception {
        Path folder = dir.resolve("refusals");
        snapshots.export(SANDBOX, "Small", folder, ExportOptions.DEFAULTS, SnapshotProgress.Listener.NONE, new CancelSignal());
        SnapshotRefusedException again = assertThrows(SnapshotRefusedException.class, () -> snapshots.export(SANDBOX, "Small",
                folder, ExportOptions.DEFAULTS, SnapshotProgress.Listener.NONE, new CancelSignal()));
        assertTrue(again.getMessage().contains("never overwrites"), again.getMessage());
        SnapshotRefusedException exists = assertThrows(SnapshotRefusedException.class, () -> snapshots.importSnapshot(
                SANDBOX, folder, "Rich", ImportOptions.DEFAULTS, SnapshotProgress.Listener.NONE, new CancelSignal()));
        assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
        assertThrows(SnapshotRefusedException.class, () -> snapshots.importSnapshot(
                SANDBOX, folder, "bad name!", ImportOptions.DEFAULTS, SnapshotProgress.Listener.NONE, new CancelSignal()));
    }
}
