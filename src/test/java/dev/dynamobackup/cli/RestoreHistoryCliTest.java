package dev.dynamobackup.cli;

import dev.dynamobackup.service.RestoreHistory;
import dev.dynamobackup.settings.AppDirs;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static dev.dynamobackup.cli.TablesCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A restore from the CLI finds the shared history file damaged: it is kept aside, said once, and the restore succeeds. */
@WithMoto
class RestoreHistoryCliTest {
    @Test
    void aDamagedHistoryIsKeptAsideAndReportedOnceByTheCli(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        String arn;
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            arn = ddb.createBackup(b -> b.tableName("Orders").backupName("nightly")).backupDetails().backupArn();
        }
        Path dataDir = AppDirs.detect().dataDir();
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(RestoreHistory.FILE_NAME);
        String damaged = "[{\"region\": \"us-east-1\", \"sourceTable\": \"Ord" + System.nanoTime();
        Files.writeString(file, damaged);
        String ep = moto.endpoint().toString();

        var first = cli("restore", "backup", "--arn", arn, "--target", "OrdersBack1", "--wait", "--region", "us-east-1", "--endpoint", ep);
        var second = cli("restore", "backup", "--arn", arn, "--target", "OrdersBack2", "--wait", "--region", "us-east-1", "--endpoint", ep);

        assertEquals(0, first.code(), first.err());
        assertEquals(0, second.code(), second.err());
        assertTrue(first.out().contains("warning: The restore history file was damaged, so it was kept as " + dataDir), first.out());
        assertFalse(second.out().contains("warning:"), "said once: " + second.out());
        try (Stream<Path> files = Files.list(dataDir)) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith(RestoreHistory.FILE_NAME + ".damaged-")).toList();
            assertTrue(aside.stream().anyMatch(p -> readQuietly(p).equals(damaged)), "the damaged content is kept: " + aside);
        }
        List<String> targets = new RestoreHistory(dataDir).readAll().stream().map(r -> r.targetTable()).toList();
        assertEquals(List.of("OrdersBack1", "OrdersBack2"), targets);
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
