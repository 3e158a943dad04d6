package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.CopyRule;
import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.PlanDetails;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanRule;
import dev.dynamobackup.model.awsbackup.PlanSummary;
import dev.dynamobackup.service.BackupService;
import dev.dynamobackup.testing.BackupContract;
import dev.dynamobackup.testing.RequestRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.backup.model.UpdateBackupPlanRequest;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editing a plan (UpdateBackupPlan). moto lacks the operation: the contract server answers it, checked
 * against AWS Backup's model, and shows the new version in GetBackupPlan and ListBackupPlans.
 */
class PlanUpdateContractTest {
    private final BackupContract contract = new BackupContract();
    private final RequestRecorder recorder = new RequestRecorder();
    private AwsClients clients;
    private AwsBackupServices services;
    private ConnectionTarget east;

    @BeforeEach
    void setUp(@TempDir Path dir) {
        contract.server().reset();
        clients = contract.clients(dir, recorder);
        services = AwsBackupServices.create(clients, new BackupService(clients));
        east = contract.target("us-east-1");
        services.vaults().create(east, "Default", null);
    }

    @AfterEach
    void noContractViolations() {
        assertEquals(List.of(), contract.server().violations());
        clients.close();
    }

    @Test
    void everyRuleFieldRoundTripsThroughAnUpdateAsANewVersion() {
        PlanSummary created = services.plans().create(east, PlanTemplates.require("daily-35").draft("Orders", "Default"));
        services.regionSettings().enableAdvancedDynamoDb(east);
        String west = "arn:aws:backup:eu-west-1:123456789012:backup-vault:DisasterRecovery";
        PlanRule weekly = new PlanRule("Weekly-Sunday", "Default", "cron(0 3 ? * SUN *)", "Europe/Berlin", 120, 720,
                new Lifecycle(31, 400), List.of(new CopyRule(west, new Lifecycle(30, 365))));
        PlanRule monthly = new PlanRule("Monthly", "Default", "cron(0 4 1 * ? *)", "Etc/UTC", 60, 180,
                Lifecycle.deleteAfter(2555), List.of());
        PlanDraft edited = new PlanDraft("Orders-weekly", List.of(weekly, monthly));

        PlanSummary updated = services.plans().update(east, created.id(), edited);

        assertEquals(created.id(), updated.id());
        assertNotEquals(created.versionId(), updated.versionId(), "an update makes a new version");
        PlanDetails read = services.plans().get(east, created.id(), false);
        assertEquals(edited, read.plan());
        assertEquals(updated.versionId(), read.versionId());
        PlanSummary listed = services.plans().list(east).get(0);
        assertEquals("Orders-weekly", listed.name());
        assertEquals(updated.versionId(), listed.versionId());
        UpdateBackupPlanRequest sent = recorder.of(UpdateBackupPlanRequest.class).get(0);
        assertEquals(created.id(), sent.backupPlanId());
        assertEquals("Europe/Berlin", sent.backupPlan().rules().get(0).scheduleExpressionTimezone());
        assertEquals(400L, sent.backupPlan().rules().get(0).lifecycle().deleteAfterDays());
    }

    @Test
    void anInvalidEditIsRefusedBeforeAnyRequest() {
        PlanSummary created = services.plans().create(east, PlanTemplates.require("daily-35").draft("Orders", "Default"));
        PlanRule tooShort = new PlanRule("Daily", "Default", "cron(0 5 ? * * *)", "Etc/UTC", 60, 180, new Lifecycle(31, 100), List.of());
        var refused = assertThrows(AwsBackupRefusedException.class,
                () -> services.plans().update(east, created.id(), new PlanDraft("Orders", List.of(tooShort))));
        assertTrue(refused.getMessage().contains("121"), refused.getMessage());
        PlanRule badName = new PlanRule("daily backups!", "Default", "cron(0 5 ? * * *)", "Etc/UTC", 60, 180, Lifecycle.deleteAfter(35), List.of());
        assertThrows(AwsBackupRefusedException.class,
                () -> services.plans().update(east, created.id(), new PlanDraft("Orders", List.of(badName))));
        assertEquals(List.of(), recorder.of(UpdateBackupPlanRequest.class));
        assertTrue(contract.server().operations().stream().noneMatch("UpdateBackupPlan"::equals));
    }

    @Test
    void coldStorageInAnEditNeedsTheRegionSettingFirst() {
        PlanSummary created = services.plans().create(east, PlanTemplates.require("daily-35").draft("Orders", "Default"));
        PlanDraft cold = PlanTemplates.require("daily-cold-31-delete-366").draft("Orders", "Default");
        var refused = assertThrows(AwsBackupRefusedException.class, () -> services.plans().update(east, created.id(), cold));
        assertTrue(refused.getMessage().contains("advanced DynamoDB backup"), refused.getMessage());
        assertEquals(List.of(), recorder.of(UpdateBackupPlanRequest.class));
    }

    @Test
    void anUnknownPlanGetsAwsBackupsNotFoundError() {
        var e = assertThrows(software.amazon.awssdk.services.backup.model.BackupException.class,
                () -> services.plans().update(east, "no-such-plan", PlanTemplates.require("daily-35").draft("Orders", "Default")));
        assertTrue(e.statusCode() >= 400, e.toString());
    }

    /**
     * UpdateBackupPlan replaces the whole plan: what the app's form does not show (recovery-point tags,
     * continuous backup, the lifecycle's archive opt-in, the plan's advanced settings) must be sent again,
     * also for a rule the edit renamed, or the edit would drop it.
     */
    @Test
    void anEditKeepsTheSettingsItsFormDoesNotShow() {
        var backup = clients.backup(east);
        var created = backup.createBackupPlan(b -> b.backupPlan(p -> p.backupPlanName("Orders")
                .advancedBackupSettings(a -> a.resourceType("EC2").backupOptions(java.util.Map.of("WindowsVSS", "enabled")))
                .rules(r -> r.ruleName("Daily").targetBackupVaultName("Default").scheduleExpression("cron(0 5 ? * * *)")
                                .recoveryPointTags(java.util.Map.of("cost-centre", "42")).enableContinuousBackup(true)
                                .lifecycle(l -> l.deleteAfterDays(35L).optInToArchiveForSupportedResources(true)),
                        r -> r.ruleName("Weekly").targetBackupVaultName("Default").scheduleExpression("cron(0 3 ? * SUN *)")
                                .recoveryPointTags(java.util.Map.of("kind", "weekly")))));
        PlanDetails before = services.plans().get(east, created.backupPlanId(), false);
        PlanRule daily = before.plan().rules().get(0);
        PlanRule renamed = new PlanRule("DailyAt6", daily.vaultName(), "cron(0 6 ? * * *)", daily.timeZone(),
                daily.startWindowMinutes(), daily.completionWindowMinutes(), Lifecycle.deleteAfter(60), daily.copies());
        PlanDraft edited = new PlanDraft("Orders", List.of(renamed, before.plan().rules().get(1)));

        services.plans().update(east, created.backupPlanId(), edited, before.versionId());

        var sent = recorder.of(UpdateBackupPlanRequest.class).get(0).backupPlan();
        var read = backup.getBackupPlan(b -> b.backupPlanId(created.backupPlanId())).backupPlan();
        for (var plan : List.of(sent.advancedBackupSettings(), read.advancedBackupSettings())) {
            assertEquals("enabled", plan.get(0).backupOptions().get("WindowsVSS"));
        }
        var sentDaily = sent.rules().get(0);
        assertEquals("DailyAt6", sentDaily.ruleName());
        assertEquals("cron(0 6 ? * * *)", sentDaily.scheduleExpression());
        assertEquals(java.util.Map.of("cost-centre", "42"), sentDaily.recoveryPointTags());
        assertEquals(Boolean.TRUE, sentDaily.enableContinuousBackup());
        assertEquals(60L, sentDaily.lifecycle().deleteAfterDays());
        assertEquals(Boolean.TRUE, sentDaily.lifecycle().optInToArchiveForSupportedResources());
        assertEquals(java.util.Map.of("kind", "weekly"), sent.rules().get(1).recoveryPointTags());
        var readDaily = read.rules().get(0);
        assertEquals(java.util.Map.of("cost-centre", "42"), readDaily.recoveryPointTags());
        assertEquals(Boolean.TRUE, readDaily.enableContinuousBackup());
        assertEquals(Boolean.TRUE, readDaily.lifecycle().optInToArchiveForSupportedResources());
    }

    @Test
    void anEditOfAnOlderVersionIsRefusedBeforeAnyUpdate() {
        PlanSummary created = services.plans().create(east, PlanTemplates.require("daily-35").draft("Orders", "Default"));
        PlanDraft someoneElses = PlanTemplates.require("daily-35").draft("Orders-renamed", "Default");
        services.plans().update(east, created.id(), someoneElses, created.versionId());
        PlanDraft mine = PlanTemplates.require("daily-35").draft("Orders-mine", "Default");

        var refused = assertThrows(AwsBackupRefusedException.class,
                () -> services.plans().update(east, created.id(), mine, created.versionId()));

        assertTrue(refused.getMessage().contains("changed after you opened it"), refused.getMessage());
        assertEquals(1, recorder.of(UpdateBackupPlanRequest.class).size(), "only the first edit was sent");
        assertEquals("Orders-renamed", services.plans().get(east, created.id(), false).plan().name());
    }
}
