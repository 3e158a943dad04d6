package dev.dynamobackup.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.settings.AppDirs;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.dynamobackup.cli.TablesCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@WithMoto
class SnapshotCommandTest {
    @TempDir
    Path dir;

    private static void seed(Moto moto) {
        moto.createTable("us-east-1", "Orders", "pk", null);
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            for (int i = 0; i < 40; i++) {
                int n = i;
                ddb.putItem(b -> b.tableName("Orders").item(Map.of("pk", AttributeValue.fromS("o" + n),
                        "total", AttributeValue.fromN("12345678901234567890123456789012345678"))));
            }
        }
    }

    @Test
    void exportVerifyListAndImportAsJson(Moto moto) throws Exception {
        seed(moto);
        String endpoint = moto.endpoint().toString();
        Path zip = dir.resolve("orders.zip");
        TablesCommandTest.Run export = cli("snapshot", "export", "--table", "Orders", "--out", zip.toString(), "--segments", "3",
                "--max-rcu", "500", "--consistent", "--region", "us-east-1", "--endpoint", endpoint, "--output", "json");
        assertEquals(0, export.code(), export.err());
        JsonNode e = new ObjectMapper().readTree(export.out());
        assertEquals(40, e.get("items").asInt());
        assertEquals(3, e.get("segments").asInt());
        assertTrue(e.get("consistentRead").asBoolean());
        assertTrue(export.err().isEmpty(), "no progress bar when output is not a terminal: " + export.err());

        TablesCommandTest.Run verify = cli("snapshot", "verify", "--in", zip.toString());
        assertEquals(0, verify.code(), verify.err());
        assertTrue(verify.out().contains("is intact: 40 items of Orders"), verify.out());

        TablesCommandTest.Run list = cli("snapshot", "list", "--dir", dir.toString(), "--output", "json");
        assertEquals(0, list.code(), list.err());
        assertEquals("Orders", new ObjectMapper().readTree(list.out()).get("snapshots").get(0).get("table").asText());

        TablesCommandTest.Run imported = cli("snapshot", "import", "--in", zip.toString(), "--target", "OrdersCopy",
                "--max-wcu", "1000", "--region", "us-east-1", "--endpoint", endpoint, "--output", "json");
        assertEquals(0, imported.code(), imported.err());
        JsonNode i = new ObjectMapper().readTree(imported.out());
        assertTrue(i.get("identical").asBoolean(), imported.out());
        assertEquals(40, i.get("tableItems").asInt());
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertEquals(40, ddb.scan(b -> b.tableName("OrdersCopy")).count());
        }

        TablesCommandTest.Run again = cli("snapshot", "import", "--in", zip.toString(), "--target", "OrdersCopy",
                "--region", "us-east-1", "--endpoint", endpoint);
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already exists") && again.err().contains("never overwrites"), again.err());
    }

    @Test
    void aDamagedSnapshotFailsVerifyAndImport(Moto moto) throws Exception {
        seed(moto);
        Path folder = dir.resolve("orders");
        assertEquals(0, cli("snapshot", "export", "--table", "Orders", "--out", folder.toString(),
                "--region", "us-east-1", "--endpoint", moto.endpoint().toString()).code());
        Path part;
        try (var parts = Files.list(folder.resolve("data"))) {
            part = parts.findFirst().orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(part.toFile(), "rw")) {
            f.setLength(f.length() - 10);
        }
        TablesCommandTest.Run verify = cli("snapshot", "verify", "--in", folder.toString(), "--output", "json");
        assertEquals(1, verify.code());
        assertFalse(new ObjectMapper().readTree(verify.out()).get("intact").asBoolean());
        TablesCommandTest.Run imported = cli("snapshot", "import", "--in", folder.toString(), "--target", "OrdersCopy",
                "--region", "us-east-1", "--endpoint", moto.endpoint().toString());
        assertEquals(1, imported.code());
        assertTrue(imported.err().contains("damaged") && imported.err().contains("Nothing was written"), imported.err());
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertFalse(ddb.listTables().tableNames().contains("OrdersCopy"));
        }
    }

    @Test
    void invalidInputIsAUsageErrorBeforeAnyCall(Moto moto) throws Exception {
        String endpoint = moto.endpoint().toString();
        assertEquals(2, cli("snapshot", "export", "--table", "bad name!", "--out", dir.resolve("x").toString(),
                "--endpoint", endpoint).code());
        assertEquals(2, cli("snapshot", "export", "--table", "Orders", "--out", dir.toString(), "--endpoint", endpoint).code());
        assertEquals(2, cli("snapshot", "export", "--table", "Orders", "--out", dir.resolve("y").toString(), "--segments", "0",
                "--endpoint", endpoint).code());
        assertEquals(2, cli("snapshot", "export", "--table", "Orders", "--out", dir.resolve("y").toString(), "--max-rcu", "-1",
                "--endpoint", endpoint).code());
        assertEquals(2, cli("snapshot", "import", "--in", dir.resolve("missing").toString(), "--target", "Table1",
                "--endpoint", endpoint).code());
        Files.createDirectories(dir.resolve("s"));
        TablesCommandTest.Run billing = cli("snapshot", "import", "--in", dir.resolve("s").toString(), "--target", "Table1",
                "--billing", "FREE", "--endpoint", endpoint);
        assertEquals(2, billing.code());
        assertTrue(billing.err().contains("PAY_PER_REQUEST"), billing.err());
        assertEquals(2, cli("snapshot", "export", "--sandbox", "--endpoint", endpoint, "--table", "Orders",
                "--out", dir.resolve("z").toString()).code());
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertTrue(ddb.listTables().tableNames().isEmpty());
        }
        assertFalse(Files.exists(dir.resolve("y")));
    }

    @Test
    void sandboxSnapshotsWorkWhenTheGuiDoesNotHoldTheSandboxAndAreRefusedWhenItDoes() throws Exception {
        Path out = dir.resolve("forum.zip");
        TablesCommandTest.Run export = cli("snapshot", "export", "--sandbox", "--table", "Forum", "--out", out.toString(),
                "--output", "json");
        assertEquals(0, export.code(), export.err());
        assertTrue(new ObjectMapper().readTree(export.out()).get("items").asInt() > 0, export.out());

        try (EmbeddedSandbox gui = new EmbeddedSandbox(AppDirs.detect().sandboxDir(), c -> { })) {
            gui.client();
            TablesCommandTest.Run busy = cli("snapshot", "import", "--sandbox", "--in", out.toString(), "--target", "ForumCopy");
            assertEquals(1, busy.code());
            assertTrue(busy.err().contains("open in another DynamoDB Backup Manager window"), busy.err());
        }
        TablesCommandTest.Run imported = cli("snapshot", "import", "--sandbox", "--in", out.toString(), "--target", "ForumCopy" + System.nanoTime() % 100000);
        assertEquals(0, imported.code(), imported.err() + imported.out());
    }
}
