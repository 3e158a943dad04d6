package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.CopyRule;
import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.PlanDetails;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanRule;
import dev.dynamobackup.model.awsbackup.PlanSummary;
import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.model.awsbackup.VaultLock;
import dev.dynamobackup.service.BackupService;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.backup.model.CreateBackupPlanRequest;
import software.amazon.awssdk.services.backup.model.CreateBackupVaultRequest;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Vaults, Vault Lock and plans against moto (which has them). */
@WithMoto
class VaultAndPlanServiceTest {

    private static AwsBackupServices services(AwsClients clients) {
        return AwsBackupServices.create(clients, new BackupService(clients));
    }

    @Test
    void vaultsAreCreatedListedLockedAndDeleted(Moto moto, @TempDir Path dir) {
        RequestRecorder recorder = new RequestRecorder();
        try (AwsClients clients = moto.clients(dir, recorder)) {
            var vaults = services(clients).vaults();
            ConnectionTarget east = moto.target("us-east-1");
            Vault created = vaults.create(east, "Daily-vault", null);
            assertEquals("arn:aws:backup:us-east-1:123456789012:backup-vault:Daily-vault", created.arn());
            assertNotNull(recorder.of(CreateBackupVaultRequest.class).get(0).creatorRequestId(),
                    "moto ignores CreatorRequestId; the app must send it so a retry makes no second vault");
            assertEquals(List.of("Daily-vault"), vaults.list(east).stream().map(Vault::name).toList());
            assertEquals(List.of(), vaults.list(moto.target("eu-west-1")));

            Vault locked = vaults.lock(east, "Daily-vault", new VaultLock(7, 400, 3));
            assertTrue(locked.locked());
            assertEquals(7, locked.minRetentionDays());
            assertEquals(400, locked.maxRetentionDays());

            vaults.unlock(east, "Daily-vault");
            vaults.delete(east, "Daily-vault");
            assertEquals(List.of(), vaults.list(east));
        }
    }

    @Test
    void badVaultInputIsRefusedBeforeAnyCall(Moto moto, @TempDir Path dir) {
        RequestRecorder recorder = new RequestRecorder();
        try (AwsClients clients = moto.clients(dir, recorder)) {
            var vaults = services(clients).vaults();
            ConnectionTarget east = moto.target("us-east-1");
            var name = assertThrows(AwsBackupRefusedException.class, () -> vaults.create(east, "my vault", null));
            assertTrue(name.getMessage().startsWith("A vault name has 2 to 50"), name.getMessage());
            var lock = assertThrows(AwsBackupRefusedException.class, () -> vaults.lock(east, "v1", new VaultLock(7, 30, 2)));
            assertTrue(lock.getMessage().contains("at least 3 days (got 2)"), lock.getMessage());
            assertEquals(0, recorder.count());
        }
    }

    @Test
    void everyRuleFieldRoundTrips(Moto moto, @TempDir Path dir) {
        try (AwsClients clients = moto.clients(dir)) {
            var s = services(clients);
            ConnectionTarget east = moto.target("us-east-1");
            s.vaults().create(east, "Default", null);
            PlanRule rule = new PlanRule("Daily-05", "Default", "cron(0 5 ? * * *)", "Europe/Berlin", 90, 300,
                    new Lifecycle(null, 35), List.of());
            PlanRule weekly = new PlanRule("Weekly", "Default", "cron(30 2 ? * SUN *)", null, null, null,
                    Lifecycle.KEEP_FOREVER, List.of());
            PlanSummary created = s.plans().create(east, new PlanDraft("orders-plan", List.of(rule, weekly)));
            PlanDetails read = s.plans().get(east, created.id(), false);
            PlanRule back = read.plan().rules().get(0);
            assertEquals(rule, back);
            PlanRule weeklyBack = read.plan().rules().get(1);
            assertEquals("Etc/UTC", weeklyBack.timeZone(), "the service default");
            assertEquals(480, weeklyBack.startWindowMinutes());
            assertEquals(10080, weeklyBack.completionWindowMinutes());
            assertEquals(List.of("orders-plan"), s.plans().list(east).stream().map(PlanSummary::name).toList());
        }
    }

    @Test
    void templatesMakePlansAndAreValid(Moto moto, @TempDir Path dir) {
        RequestRecorder recorder = new RequestRecorder();
        try (AwsClients clients = moto.clients(dir, recorder)) {
            var s = services(clients);
            ConnectionTarget east = moto.target("us-east-1");
            s.vaults().create(east, "Default", null);
            for (var t : PlanTemplates.ALL) {
                assertEquals(java.util.Optional.empty(), AwsBackupRules.plan(t.draft("p", "Default"), "us-east-1"), t.id());
            }
            PlanSummary weekly = s.plans().create(east, PlanTemplates.require("weekly-1y").draft("weekly", "Default"));
            assertEquals(new Lifecycle(null, 365), s.plans().get(east, weekly.id(), false).plan().rules().get(0).lifecycle());
            assertNotNull(recorder.of(CreateBackupPlanRequest.class).get(0).creatorRequestId());
            var unknown = assertThrows(AwsBackupRefusedException.class, () -> PlanTemplates.require("hourly"));
            assertTrue(unknown.getMessage().contains("daily-35, daily-cold-31-delete-366, weekly-1y, monthly-7y"), unknown.getMessage());
        }
    }

    @Test
    void invalidPlansAreRefusedBeforeAnyCall(Moto moto, @TempDir Path dir) {
        RequestRecorder recorder = new RequestRecorder();
        try (AwsClients clients = moto.clients(dir, recorder)) {
            var plans = services(clients).plans();
            ConnectionTarget east = moto.target("us-east-1");
            PlanRule good = new PlanRule("Daily", "Default", "cron(0 5 ? * * *)", null, null, null, new Lifecycle(31, 120), List.of());
            var lifecycle = assertThrows(AwsBackupRefusedException.class, () -> plans.create(east, new PlanDraft("p", List.of(good))));
            assertTrue(lifecycle.getMessage().contains("delete after 121 days or more"), lifecycle.getMessage());
            PlanRule valid = new PlanRule("Daily", "Default", "cron(0 5 ? * * *)", null, null, null, Lifecycle.deleteAfter(35), List.of());
            var copy = assertThrows(AwsBackupRefusedException.class, () -> plans.create(east, new PlanDraft("p",
                    List.of(valid.withCopies(List.of(new CopyRule("arn:aws:backup:us-east-1:123456789012:backup-vault:Other", null)))))));
            assertTrue(copy.getMessage().contains("A cross-region copy goes to a vault in another region"), copy.getMessage());
            assertEquals(0, recorder.count());
        }
    }
}
