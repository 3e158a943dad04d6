package dev.dynamobackup.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

import static dev.dynamobackup.cli.TablesCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@WithMoto
class RestoreCommandTest {

    private static String seed(Moto moto) {
        moto.createTable("us-east-1", "Orders", "pk", null);
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            for (int i = 0; i < 3; i++) {
                int n = i;
                ddb.putItem(b -> b.tableName("Orders").item(Map.of("pk", AttributeValue.fromS("o" + n))));
            }
            String arn = ddb.describeTable(b -> b.tableName("Orders")).table().tableArn();
            ddb.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("env").value("prod")));
            return ddb.createBackup(b -> b.tableName("Orders").backupName("nightly")).backupDetails().backupArn();
        }
    }

    @Test
    void restoreBackupWaitsPrintsTheDurationAndReplaysSettingsAsJson(Moto moto) throws Exception {
        String arn = seed(moto);
        TablesCommandTest.Run run = cli("restore", "backup", "--arn", arn, "--target", "OrdersBack", "--replay-settings",
                "--billing", "PROVISIONED", "--read", "5", "--write", "5",
                "--region", "us-east-1", "--endpoint", moto.endpoint().toString(), "--output", "json");

        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("OrdersBack", json.get("targetTable").asText());
        assertEquals("Orders", json.get("sourceTable").asText());
        assertEquals("ACTIVE", json.get("status").asText());
        assertTrue(json.get("durationSeconds").asDouble() >= 0);
        assertEquals("TAGS", json.get("replay").get(0).get("item").asText());
        assertEquals("APPLIED", json.get("replay").get(0).get("outcome").asText());
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertEquals(3, ddb.scan(b -> b.tableName("OrdersBack")).count());
            String restoredArn = ddb.describeTable(b -> b.tableName("OrdersBack")).table().tableArn();
            assertEquals("prod", ddb.listTagsOfResource(b -> b.resourceArn(restoredArn)).tags().get(0).value());
        }
    }

    @Test
    void restoreBackupAsTextAndAnExistingTargetIsRefused(Moto moto) {
        String arn = seed(moto);
        TablesCommandTest.Run first = cli("restore", "backup", "--arn", arn, "--target", "OrdersBack", "--wait",
                "--region", "us-east-1", "--endpoint", moto.endpoint().toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("Table OrdersBack is ACTIVE after"), first.out());

        TablesCommandTest.Run again = cli("restore", "backup", "--arn", arn, "--target", "Orders",
                "--region", "us-east-1", "--endpoint", moto.endpoint().toString());
        assertEquals(1, again.code());
        assertEquals(1, again.err().lines().count(), again.err());
        assertTrue(again.err().contains("already exists") && again.err().contains("never overwrites"), again.err());
    }

    @Test
    void badOverridesAreUsageErrors(Moto moto) {
        TablesCommandTest.Run run = cli("restore", "backup", "--arn", "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/backup/01700000000000-abcdef12",
                "--target", "Table1", "--billing", "PROVISIONED",
                "--region", "us-east-1", "--endpoint", moto.endpoint().toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--read N and --write N"), run.err());
    }

    @Test
    void pitrStatusEnableDisableAndRestoreToPointInTime(Moto moto) throws Exception {
        seed(moto);
        String ep = moto.endpoint().toString();
        TablesCommandTest.Run enable = cli("pitr", "enable", "--table", "Orders", "--days", "10",
                "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(0, enable.code(), enable.err());
        assertEquals(10, new ObjectMapper().readTree(enable.out()).get("recoveryPeriodDays").asInt());

        TablesCommandTest.Run status = cli("pitr", "status", "--table", "Orders", "--region", "us-east-1", "--endpoint", ep);
        assertTrue(status.out().lines().skip(1).findFirst().orElse("").startsWith("Orders  ENABLED  10"), status.out());

        TablesCommandTest.Run latest = cli("restore", "pitr", "--table", "Orders", "--target", "OrdersPitr", "--latest",
                "--wait", "--region", "us-east-1", "--endpoint", ep, "--output", "json");
        assertEquals(0, latest.code(), latest.err());
        assertEquals("ACTIVE", new ObjectMapper().readTree(latest.out()).get("status").asText());

        TablesCommandTest.Run tooOld = cli("restore", "pitr", "--table", "Orders", "--target", "OrdersOld",
                "--time", "2001-01-01T00:00:00Z", "--region", "us-east-1", "--endpoint", ep);
        assertEquals(1, tooOld.code());
        assertTrue(tooOld.err().contains("recovery window"), tooOld.err());

        TablesCommandTest.Run disable = cli("pitr", "disable", "--table", "Orders", "--yes", "--region", "us-east-1",
                "--endpoint", ep, "--output", "json");
        assertEquals("DISABLED", new ObjectMapper().readTree(disable.out()).get("status").asText());

        TablesCommandTest.Run badDays = cli("pitr", "enable", "--table", "Orders", "--days", "40",
                "--region", "us-east-1", "--endpoint", ep);
        assertEquals(1, badDays.code());
        assertTrue(badDays.err().contains("1 to 35 days"), badDays.err());
    }

    @Test
    void restorePitrNeedsLatestOrTime() {
        TablesCommandTest.Run run = cli("restore", "pitr", "--table", "Orders", "--target", "T2");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--latest") || run.err().contains("--time"), run.err());
    }
}
