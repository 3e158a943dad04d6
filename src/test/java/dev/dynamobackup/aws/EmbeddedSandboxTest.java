package dev.dynamobackup.aws;

import dev.dynamobackup.service.DemoTableSeeder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded DynamoDB Local: seeded once, persisted across a restart, emptied and re-seeded by a wipe. */
class EmbeddedSandboxTest {

    @Test
    void seedsOnFirstStartKeepsDataAcrossRestartAndReseedsAfterWipe(@TempDir Path dir) {
        AtomicInteger seeds = new AtomicInteger();
        Path folder = dir.resolve("sandbox");
        EmbeddedSandbox sandbox = new EmbeddedSandbox(folder, c -> {
            seeds.incrementAndGet();
            DemoTableSeeder.seedClient(c);
        });
        DynamoDbClient ddb = sandbox.client();
        assertEquals(List.of("Forum", "ProductCatalog", "Reply", "Thread"), ddb.listTables().tableNames());
        int products = ddb.scan(b -> b.tableName("ProductCatalog")).count();
        int replies = ddb.scan(b -> b.tableName("Reply")).count();
        assertEquals(60, products);
        assertEquals(240, replies);
        java.time.Instant created = dev.dynamobackup.service.TableMapperAccess.created(ddb, "Forum");
        assertTrue(java.time.Duration.between(created, java.time.Instant.now()).abs().toMinutes() < 10,
                "a plausible creation time, not DynamoDB Local's milliseconds-as-seconds: " + created);
        ddb.deleteTable(b -> b.tableName("Forum"));
        sandbox.close();

        EmbeddedSandbox again = new EmbeddedSandbox(folder, c -> seeds.incrementAndGet());
        assertEquals(List.of("ProductCatalog", "Reply", "Thread"), again.client().listTables().tableNames(),
                "the database survives a restart, and a deleted demo table stays deleted");
        assertEquals(1, seeds.get(), "seeded only once");

        again.wipe();
        assertTrue(again.client().listTables().tableNames().isEmpty(), "the wipe removed every table");
        assertEquals(2, seeds.get(), "a wiped sandbox is seeded again on its next start");
        again.close();
    }
}
