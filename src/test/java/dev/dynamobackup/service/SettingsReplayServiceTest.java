package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.ReplayItem;
import dev.dynamobackup.model.ReplayStep;
import dev.dynamobackup.model.RestoreSettings;
import dev.dynamobackup.model.SourceSettings;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@WithMoto
class SettingsReplayServiceTest {
    @TempDir Path dir;
    private AwsClients clients;
    private InventoryService inventory;

    @AfterEach
    void close() {
        if (inventory != null) inventory.close();
        if (clients != null) clients.close();
    }

    @Test
    void replayAppliesTagsTtlPitrAndDeletionProtectionToTheRestoredTable(Moto moto) throws Exception {
        RestoreFixtures.createThread(moto, 2);
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            String arn = ddb.describeTable(b -> b.tableName("Thread")).table().tableArn();
            ddb.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("env").value("prod"), t -> t.key("team").value("forum")));
            ddb.updateTimeToLive(b -> b.tableName("Thread").timeToLiveSpecification(s -> s.enabled(true).attributeName("expiresAt")));
            ddb.updateTable(b -> b.tableName("Thread").deletionProtectionEnabled(true));
            ddb.updateContinuousBackups(b -> b.tableName("Thread").pointInTimeRecoverySpecification(
                    s -> s.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(14)));
        }
        String backup = RestoreFixtures.backup(moto, "Thread", "nightly");
        clients = moto.clients(dir);
        inventory = new InventoryService(clients);
        PitrService pitr = new PitrService(clients);
        SettingsReplayService replay = new SettingsReplayService(clients, inventory, pitr);
        ConnectionTarget target = moto.target("us-east-1");

        SourceSettings source = replay.capture(target, "Thread");
        assertEquals(Map.of("env", "prod", "team", "forum"), source.tags());
        assertEquals("expiresAt", source.ttlAttribute());
        assertEquals(14, source.pitrDays());
        assertTrue(source.deletionProtection());
        assertFalse(source.has(ReplayItem.STREAM));

        new RestoreService(clients, pitr).restoreFromBackup(target, backup, "ThreadBack", RestoreSettings.ENTIRE_TABLE);
        List<ReplayStep> steps = replay.replay(target, "ThreadBack", source, EnumSet.allOf(ReplayItem.class));

        assertEquals(List.of(ReplayItem.TAGS, ReplayItem.TTL, ReplayItem.STREAM, ReplayItem.PITR, ReplayItem.DELETION_PROTECTION),
                steps.stream().map(ReplayStep::item).toList());
        assertEquals(ReplayStep.Outcome.SKIPPED, steps.get(2).outcome(), "the source had no stream");
        assertEquals("Thread had none to re-apply", steps.get(2).text());
        assertEquals("on, 14 days", steps.get(3).text());
        assertTrue(steps.stream().filter(s -> s.item() != ReplayItem.STREAM).allMatch(s -> s.outcome() == ReplayStep.Outcome.APPLIED),
                steps.toString());
        TableSummary restored = inventory.details(target, "ThreadBack");
        assertEquals(Map.of("env", "prod", "team", "forum"), restored.tags());
        assertEquals("expiresAt", restored.ttlAttribute());
        assertTrue(restored.deletionProtection());
        assertEquals(14, pitr.describe(target, "ThreadBack").recoveryPeriodDays());
    }

    @Test
    void aFailedStepIsReportedAndTheOthersStillRun(Moto moto) {
        clients = moto.clients(dir);
        inventory = new InventoryService(clients);
        SettingsReplayService replay = new SettingsReplayService(clients, inventory, new PitrService(clients));
        moto.createTable("us-east-1", "Restored", "pk", null);
        // a TTL step with no table behind it fails; tags on the real table still apply
        SourceSettings source = new SourceSettings("Src", Map.of("a", "b"), "ttl", null, 0, false);

        List<ReplayStep> failing = replay.replay(moto.target("us-east-1"), "Missing", source,
                EnumSet.of(ReplayItem.TAGS, ReplayItem.TTL));
        List<ReplayStep> fine = replay.replay(moto.target("us-east-1"), "Restored", source, EnumSet.of(ReplayItem.TAGS));

        assertTrue(failing.get(0).failed() && failing.get(1).failed(), failing.toString());
        assertTrue(failing.get(1).text().contains("UpdateTimeToLive"), failing.get(1).text());
        assertEquals(ReplayStep.Outcome.APPLIED, fine.get(0).outcome());
    }
}
