package dev.dynamobackup.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamobackup.testing.BackupContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.dynamobackup.cli.TablesCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code dbm jobs|recovery-points|plans assign|show|delete} through the AWS Backup contract server. */
class AwsBackupCommandsContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BackupContract contract = new BackupContract();
    private String ep;

    @BeforeEach
    void setUp() {
        contract.server().reset();
        JobsCommand.pollInterval = Duration.ofMillis(20);
        ep = contract.server().endpoint().toString();
        contract.moto().createTable("us-east-1", "Orders", "pk", null);
        try (DynamoDbClient ddb = contract.moto().fixture("us-east-1")) {
            ddb.putItem(b -> b.tableName("Orders").item(Map.of("pk", AttributeValue.fromS("o-1"))));
            ddb.putItem(b -> b.tableName("Orders").item(Map.of("pk", AttributeValue.fromS("o-2"))));
        }
        assertEquals(0, run("vaults", "create", "--name", "Default").code());
    }

    @AfterEach
    void tearDown() {
        TerminalConfirmation.terminal = () -> null;
        JobsCommand.pollInterval = Duration.ofSeconds(5);
        assertEquals(List.of(), contract.server().violations());
    }

    private TablesCommandTest.Run run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--region";
        all[args.length + 1] = args.length > 0 && java.util.Arrays.asList(args).contains("--in-west") ? "eu-west-1" : "us-east-1";
        all[args.length + 2] = "--endpoint";
        all[args.length + 3] = ep;
        return cli(java.util.Arrays.stream(all).filter(a -> !a.equals("--in-west")).toArray(String[]::new));
    }

    private String backUpOrders() throws Exception {
        var backup = run("jobs", "backup", "--table", "Orders", "--vault", "Default", "--delete-after", "35", "--wait", "--output", "json");
        assertEquals(0, backup.code(), backup.err());
        JsonNode job = JSON.readTree(backup.out()).get("jobs").get(0);
        assertEquals("COMPLETED", job.get("state").asText());
        return job.get("recoveryPointArn").asText();
    }

    @Test
    void backupWaitThenRestoreWaitGivesATableWithTheItems() throws Exception {
        String point = backUpOrders();
        var history = new dev.dynamobackup.service.RestoreHistory(dev.dynamobackup.settings.AppDirs.detect().dataDir());
        long before = history.forSource("us-east-1", "Orders").stream().filter(r -> r.kind().equals("AWS_BACKUP") && r.targetTable().equals("Orders-copy")).count();
        var restore = run("jobs", "restore", "--arn", point, "--target", "Orders-copy", "--wait");
        assertEquals(0, restore.code(), restore.err());
        assertTrue(restore.out().contains("COMPLETED"), restore.out());
        try (DynamoDbClient ddb = contract.moto().fixture("us-east-1")) {
            assertEquals(2, ddb.scan(b -> b.tableName("Orders-copy")).count());
        }
        assertEquals(before + 1, history.forSource("us-east-1", "Orders").stream()
                .filter(r -> r.kind().equals("AWS_BACKUP") && r.targetTable().equals("Orders-copy")).count(),
                "the AWS Backup restore is in the recovery-time history");
        var jobs = run("jobs", "list", "--output", "json");
        assertEquals(2, JSON.readTree(jobs.out()).get("jobs").size(), jobs.out());
    }

    @Test
    void recoveryPointsPerVaultAndPerTableThenDeleteWithTypedDelete() throws Exception {
        String point = backUpOrders();
        var byVault = run("recovery-points", "list", "--vault", "Default", "--output", "json");
        assertEquals(point, JSON.readTree(byVault.out()).get("recoveryPoints").get(0).get("arn").asText());
        var byTable = run("recovery-points", "list", "--table", "Orders");
        assertEquals(2, byTable.out().lines().count(), byTable.out());
        assertTrue(byTable.out().contains(point), byTable.out());

        TerminalConfirmation.terminal = () -> null;
        int before = contract.server().operations().size();
        var noTerminal = run("recovery-points", "delete", "--arn", point);
        assertEquals(2, noTerminal.code(), noTerminal.err());
        assertTrue(noTerminal.err().contains("run again with --yes to delete the recovery point"), noTerminal.err());
        assertEquals(before, contract.server().operations().size(), "refused before the point is looked up");

        TerminalConfirmation.terminal = () -> text -> "Delete";
        var wrong = run("recovery-points", "delete", "--arn", point);
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("you must type delete exactly"), wrong.err());
        assertFalse(contract.server().operations().contains("DeleteRecoveryPoint"));

        TerminalConfirmation.terminal = () -> text -> "delete";
        var ok = run("recovery-points", "delete", "--arn", point);
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.err().contains("from vault Default"), ok.err());
        assertEquals(0, JSON.readTree(run("recovery-points", "list", "--vault", "Default", "--output", "json").out())
                .get("recoveryPoints").size());
    }

    @Test
    void aLockedVaultRefusesWithTheReason() throws Exception {
        String point = backUpOrders();
        assertEquals(0, run("vaults", "lock", "--name", "Default", "--min-days", "30").code());
        var refused = run("recovery-points", "delete", "--arn", point, "--yes");
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("is locked with a minimum retention of 30 days"), refused.err());
        assertFalse(contract.server().operations().contains("DeleteRecoveryPoint"));
    }

    @Test
    void copyToAnotherRegionThenRestoreThere() throws Exception {
        try (var raw = software.amazon.awssdk.services.backup.BackupClient.builder().endpointOverride(contract.server().endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("test", "test"))).build()) {
            raw.updateRegionSettings(b -> b.resourceTypeManagementPreference(Map.of("DynamoDB", true)));
        }
        assertEquals(0, run("vaults", "create", "--name", "DR", "--in-west").code());
        String point = backUpOrders();
        var copy = run("jobs", "copy", "--arn", point, "--source-vault", "Default", "--to-region", "eu-west-1", "--to-vault", "DR",
                "--wait", "--output", "json");
        assertEquals(0, copy.code(), copy.err());
        String copied = JSON.readTree(copy.out()).get("jobs").get(0).get("createdResourceArn").asText();
        var restore = run("jobs", "restore", "--arn", copied, "--target", "Orders", "--wait", "--in-west");
        assertEquals(0, restore.code(), restore.err());
        try (DynamoDbClient ddb = contract.moto().fixture("eu-west-1")) {
            assertEquals(2, ddb.scan(b -> b.tableName("Orders")).count());
        }
    }

    @Test
    void assignShowAndDeleteAPlan() throws Exception {
        var created = run("plans", "create", "--template", "daily-35", "--output", "json");
        String id = JSON.readTree(created.out()).get("plan").get("id").asText();
        var assigned = run("plans", "assign", "--plan", id, "--table", "Orders", "--tag", "team=orders", "--output", "json");
        assertEquals(0, assigned.code(), assigned.err());
        JsonNode sel = JSON.readTree(assigned.out()).get("selection");
        assertEquals("arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole", sel.get("iamRoleArn").asText());
        var shown = run("plans", "show", "--id", id);
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().contains("every day at 05:00 UTC"), shown.out());
        assertTrue(shown.out().contains("table/Orders"), shown.out());

        TerminalConfirmation.terminal = () -> text -> "Delete";
        assertEquals(0, run("plans", "delete", "--id", id).code());
        assertEquals(0, JSON.readTree(run("plans", "list", "--output", "json").out()).get("plans").size());
    }

    @Test
    void planUpdateReplacesTheRulesAsANewVersionAndBadInputExitsTwoBeforeAnyCall() throws Exception {
        JsonNode created = JSON.readTree(run("plans", "create", "--template", "daily-35", "--output", "json").out()).get("plan");
        String id = created.get("id").asText();
        var updated = run("plans", "update", "--id", id, "--name", "OrdersWeekly", "--vault", "Default",
                "--schedule", "cron(0 3 ? * SUN *)", "--rule-name", "Weekly", "--delete-after", "365", "--output", "json");
        assertEquals(0, updated.code(), updated.err());
        JsonNode plan = JSON.readTree(updated.out()).get("plan");
        assertEquals(id, plan.get("id").asText());
        assertTrue(!plan.get("versionId").asText().equals(created.get("versionId").asText()), "a new version");
        var shown = run("plans", "show", "--id", id);
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().contains("OrdersWeekly") && shown.out().contains("Weekly"), shown.out());
        assertTrue(shown.out().contains("every Sunday at 03:00 UTC") && shown.out().contains("365"), shown.out());

        var bad = cli("plans", "update", "--id", id, "--name", "x", "--vault", "Default", "--schedule", "cron(0 5 ? * * *)",
                "--cold-after", "31", "--delete-after", "100", "--region", "us-east-1", "--endpoint", "http://127.0.0.1:9");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("121"), bad.err());
        var noId = cli("plans", "update", "--template", "daily-35", "--region", "us-east-1", "--endpoint", "http://127.0.0.1:9");
        assertEquals(2, noId.code());
    }

    @Test
    void planUpdateWithATemplateKeepsThePlansNameAndVault() throws Exception {
        assertEquals(0, run("vaults", "create", "--name", "Nightly").code());
        JsonNode created = JSON.readTree(run("plans", "create", "--name", "OrdersPlan", "--vault", "Nightly",
                "--schedule", "cron(0 5 ? * * *)", "--delete-after", "35", "--output", "json").out()).get("plan");
        String id = created.get("id").asText();
        var updated = run("plans", "update", "--id", id, "--template", "daily-35", "--output", "json");
        assertEquals(0, updated.code(), updated.err());
        var shown = run("plans", "show", "--id", id, "--output", "json");
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().contains("OrdersPlan") && shown.out().contains("Nightly"), shown.out());
        assertTrue(!shown.out().contains("\"daily-35\""), "not renamed after the template: " + shown.out());
    }

    @Test
    void coldStoragePlanSaysWhatSettingItNeedsAndEnableAdvancedTurnsItOn() throws Exception {
        var refused = run("plans", "create", "--template", "daily-cold-31-delete-366");
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("advanced DynamoDB backup"), refused.err());
        var ok = run("plans", "create", "--template", "daily-cold-31-delete-366", "--enable-advanced");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(contract.server().operations().contains("UpdateRegionSettings"));
    }

    @Test
    void aPlanWithACrossRegionCopy() throws Exception {
        assertEquals(0, run("vaults", "create", "--name", "DR", "--in-west").code());
        var created = run("plans", "create", "--name", "dr", "--vault", "Default", "--schedule", "cron(0 5 ? * * *)",
                "--delete-after", "35", "--copy-to-region", "eu-west-1", "--copy-to-vault", "DR", "--copy-delete-after", "90",
                "--enable-advanced", "--output", "json");
        assertEquals(0, created.code(), created.err());
        JsonNode copy = JSON.readTree(created.out()).get("plan").get("rules").get(0).get("copies").get(0);
        assertEquals("arn:aws:backup:eu-west-1:123456789012:backup-vault:DR", copy.get("destinationVaultArn").asText());
        assertEquals(90, copy.get("lifecycle").get("deleteAfterDays").asInt());

        var same = cli("plans", "create", "--name", "dr2", "--vault", "Default", "--schedule", "cron(0 5 ? * * *)",
                "--copy-to-region", "mars", "--copy-to-vault", "DR", "--region", "us-east-1", "--endpoint", "http://127.0.0.1:9");
        assertEquals(2, same.code());
        assertTrue(same.err().contains("'mars' is not a region name"), same.err());
        var own = cli("plans", "create", "--name", "dr2", "--vault", "Default", "--schedule", "cron(0 5 ? * * *)",
                "--copy-to-region", "us-east-1", "--copy-to-vault", "DR", "--region", "us-east-1", "--endpoint", "http://127.0.0.1:9");
        assertEquals(2, own.code());
        assertTrue(own.err().contains("us-east-1 is the plan's own region"), own.err());
    }

    @Test
    void badJobInputExitsTwoBeforeAnyCall() {
        var point = cli("jobs", "restore", "--arn", "not-an-arn", "--target", "T1", "--region", "us-east-1", "--endpoint", "http://127.0.0.1:9");
        assertEquals(2, point.code());
        assertTrue(point.err().contains("is not an AWS Backup recovery point ARN"), point.err());
        var region = cli("jobs", "copy", "--arn", "arn:aws:backup:us-east-1:123456789012:recovery-point:abc", "--source-vault", "Default",
                "--to-region", "mars", "--to-vault", "DR", "--region", "us-east-1", "--endpoint", "http://127.0.0.1:9");
        assertEquals(2, region.code());
        assertTrue(region.err().contains("'mars' is not a region name"), region.err());
        var list = cli("recovery-points", "list", "--region", "us-east-1", "--endpoint", "http://127.0.0.1:9");
        assertEquals(2, list.code());
    }
}
