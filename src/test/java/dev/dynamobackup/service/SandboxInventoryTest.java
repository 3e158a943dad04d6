package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.TableSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The table browser on the embedded sandbox: what DynamoDB Local lacks shows as unavailable, never as an error. */
class SandboxInventoryTest {
    @Test
    void listsAndDescribesTheSeededTablesWithoutCallingWhatDynamoDbLocalLacks(@TempDir Path dir) throws Exception {
        try (AwsClients clients = new AwsClients(ClientOptions.forTests(), new EmbeddedSandbox(dir, DemoTableSeeder::seedClient));
             InventoryService inventory = new InventoryService(clients)) {
            ConnectionTarget sandbox = new ConnectionTarget(Connection.sandbox(), Connection.SANDBOX_REGION);
            List<TableSummary> tables = inventory.listTables(sandbox, t -> { });
            assertEquals(DemoTableSeeder.TABLES.stream().sorted().toList(), tables.stream().map(TableSummary::name).toList());
            assertTrue(tables.stream().allMatch(t -> t.pitr() == PitrStatus.UNAVAILABLE));

            TableSummary reply = inventory.details(sandbox, "Reply");
            assertEquals("DISABLED", reply.ttlStatus());
            assertTrue(reply.tags().isEmpty());
            assertEquals("PostedBy-Message-Index", reply.globalIndexes().get(0).name());
            assertEquals(240, reply.itemCount());
        }
    }
}
