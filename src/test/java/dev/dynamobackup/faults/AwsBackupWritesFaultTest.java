package dev.dynamobackup.faults;

import dev.dynamobackup.cli.CliHarness;
import dev.dynamobackup.testing.BackupContract;
import dev.dynamobackup.testing.FaultProxy;
import dev.dynamobackup.testing.FaultProxy.Fault;
import dev.dynamobackup.faults.FaultSuite.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.dynamobackup.faults.FaultSuite.attemptsOfResendable;
import static dev.dynamobackup.faults.FaultSuite.doneByResendable;
import static dev.dynamobackup.faults.FaultSuite.firstLine;
import static dev.dynamobackup.faults.FaultSuite.isServerError;
import static dev.dynamobackup.faults.FaultSuite.times;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AWS Backup CLI writes under faults, with the app's shipped retry settings, through a FaultProxy
 * in front of the AWS Backup contract server (which fronts moto). Writes without a token (deletes, vault
 * lock) are resent only after a refusal, and checked after an ambiguous failure; StartBackupJob carries
 * an idempotency token, so the SDK's resend after a late reply returns the same job. HTTP attempts are
 * counted by the proxy.
 */
class AwsBackupWritesFaultTest {
    private static final String REGION = "us-east-1";
    private static final BackupContract contract = new BackupContract();
    private static final FaultSuite suite = new FaultSuite("fault x operation (AWS Backup CLI):",
            "  %-24s %-15s x%d  attempts=%d exit=%d  %s");

    @BeforeAll
    static void assumeShippedSettings() {
        FaultSuite.assumeShippedSettings();
        contract.server().reset();
    }

    @AfterAll
    static void printTable() {
        suite.print();
    }

    @Test
    void everyAwsBackupWriteUnderEveryFault() throws Exception {
        List<Scenario> scenarios = new ArrayList<>();
        for (Fault f : List.of(Fault.LATE, Fault.DROP_MID_REPLY, Fault.THROTTLE, Fault.STATUS_500, Fault.STATUS_503)) {
            scenarios.add(p -> deletePoint(p, f, times(f)));
            scenarios.add(p -> deleteVault(p, f, times(f)));
            scenarios.add(p -> deletePlan(p, f, times(f)));
            scenarios.add(p -> lockVault(p, f, times(f)));
            scenarios.add(p -> updatePlan(p, f, times(f)));
        }
        // a 5xx to the copy sent after the check as well: not done, and said so
        scenarios.add(p -> deletePoint(p, Fault.STATUS_500, 2));
        scenarios.add(p -> deleteVault(p, Fault.STATUS_503, 2));
        scenarios.add(p -> deletePlan(p, Fault.STATUS_500, 2));
        scenarios.add(p -> lockVault(p, Fault.STATUS_503, 2));
        scenarios.add(p -> updatePlan(p, Fault.STATUS_500, 2));
        for (Fault f : List.of(Fault.LATE, Fault.DROP_MID_REPLY, Fault.STATUS_503)) scenarios.add(p -> startBackupJob(p, f));
        scenarios.add(AwsBackupWritesFaultTest::readRetriedThrough503);
        FaultSuite.runAll(contract.server().endpoint(), scenarios);
        assertEquals(List.of(), contract.server().violations());
    }

    private static String name(String what, Fault f, int times) {
        return what + f.name().replace("_", "") + times;
    }

    private static CliHarness.Run cli(FaultProxy proxy, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--region", REGION, "--endpoint", proxy.endpoint().toString()));
        return CliHarness.cli(all.toArray(String[]::new));
    }

    private static void check(String op, Fault f, int times, FaultProxy proxy, String operation, CliHarness.Run run,
                              boolean effect, String outcome, String notDone) {
        long sent = proxy.count(operation);
        suite.row(op, f, times, sent, run.code(), outcome + "; " + firstLine(run.err()));
        boolean done = doneByResendable(f, times);
        assertEquals(done, effect, op + " " + f + ": " + run.err());
        assertEquals(done ? 0 : 1, run.code(), op + " " + f + ": " + run.err());
        assertEquals(attemptsOfResendable(f), sent, op + " " + f + ": " + proxy.attempts());
        assertEquals(0, proxy.count("unknown"), proxy.attempts().toString());
        if (!done) assertTrue(run.err().contains(notDone) && run.err().contains("failed"), run.err());
    }

    private static void deletePoint(FaultProxy proxy, Fault f, int times) {
        String vault = name("PointVault", f, times);
        String point = recoveryPoint(name("PointSrc", f, times), vault);
        proxy.inject("DeleteRecoveryPoint", f, times);
        var run = cli(proxy, "recovery-points", "delete", "--arn", point, "--vault", vault, "--yes");
        boolean gone;
        try (BackupClient backup = raw()) {
            gone = backup.listRecoveryPointsByBackupVault(b -> b.backupVaultName(vault)).recoveryPoints().isEmpty();
        }
        check("recovery-points delete", f, times, proxy, "DeleteRecoveryPoint", run, gone, gone ? "deleted" : "still there",
                "was not deleted");
    }

    private static void deleteVault(FaultProxy proxy, Fault f, int times) {
        String vault = name("EmptyVault", f, times);
        try (BackupClient backup = raw()) {
            backup.createBackupVault(b -> b.backupVaultName(vault));
        }
        proxy.inject("DeleteBackupVault", f, times);
        var run = cli(proxy, "vaults", "delete", "--name", vault, "--yes");
        boolean gone = vaultGone(vault);
        check("vaults delete", f, times, proxy, "DeleteBackupVault", run, gone, gone ? "deleted" : "still there", "was not deleted");
    }

    private static void deletePlan(FaultProxy proxy, Fault f, int times) {
        String planId;
        try (BackupClient backup = raw()) {
            planId = backup.createBackupPlan(b -> b.backupPlan(p -> p.backupPlanName(name("Plan", f, times))
                    .rules(r -> r.ruleName("daily").targetBackupVaultName("Default").scheduleExpression("cron(0 5 ? * * *)"))))
                    .backupPlanId();
        }
        proxy.inject("DeleteBackupPlan", f, times);
        var run = cli(proxy, "plans", "delete", "--id", planId, "--yes");
        boolean gone;
        try (BackupClient backup = raw()) {
            gone = backup.getBackupPlan(b -> b.backupPlanId(planId)).deletionDate() != null;
        } catch (ResourceNotFoundException e) {
            gone = true;
        }
        check("plans delete", f, times, proxy, "DeleteBackupPlan", run, gone, gone ? "deleted" : "still there", "was not deleted");
    }

    /** UpdateBackupPlan has no token: checked by reading the plan back (its rules as sent), then sent once more if not. */
    private static void updatePlan(FaultProxy proxy, Fault f, int times) {
        String planId;
        try (BackupClient backup = raw()) {
            planId = backup.createBackupPlan(b -> b.backupPlan(p -> p.backupPlanName(name("EditPlan", f, times))
                    .rules(r -> r.ruleName("daily").targetBackupVaultName("Default").scheduleExpression("cron(0 5 ? * * *)"))))
                    .backupPlanId();
        }
        proxy.inject("UpdateBackupPlan", f, times);
        var run = cli(proxy, "plans", "update", "--id", planId, "--name", name("EditPlan", f, times), "--vault", "Default",
                "--schedule", "cron(0 3 ? * SUN *)", "--rule-name", "weekly", "--delete-after", "35");
        boolean changed;
        try (BackupClient backup = raw()) {
            changed = "cron(0 3 ? * SUN *)".equals(backup.getBackupPlan(b -> b.backupPlanId(planId)).backupPlan().rules().get(0)
                    .scheduleExpression());
        }
        check("plans update", f, times, proxy, "UpdateBackupPlan", run, changed, changed ? "changed" : "unchanged", "was not changed");
    }

    private static void lockVault(FaultProxy proxy, Fault f, int times) {
        String vault = name("LockVault", f, times);
        try (BackupClient backup = raw()) {
            backup.createBackupVault(b -> b.backupVaultName(vault));
        }
        proxy.inject("PutBackupVaultLockConfiguration", f, times);
        var run = cli(proxy, "vaults", "lock", "--name", vault, "--min-days", "7", "--max-days", "35");
        var now = describeVault(vault);
        boolean locked = Boolean.TRUE.equals(now.locked()) && Long.valueOf(7).equals(now.minRetentionDays());
        check("vaults lock", f, times, proxy, "PutBackupVaultLockConfiguration", run, locked, locked ? "locked" : "not locked",
                "was not set");
    }

    /** Token-carrying: the SDK resends the same request with the same token; the service answers with the first job. */
    private static void startBackupJob(FaultProxy proxy, Fault f) {
        String t = name("JobSrc", f, 1);
        String vault = name("JobVault", f, 1);
        contract.moto().createTable(REGION, t, "pk", null);
        try (BackupClient backup = raw()) {
            backup.createBackupVault(b -> b.backupVaultName(vault));
        }
        proxy.inject("StartBackupJob", f, 1);
        var run = cli(proxy, "jobs", "backup", "--table", t, "--vault", vault);
        long jobs;
        try (BackupClient backup = raw()) {
            jobs = backup.listBackupJobsPaginator(b -> { }).backupJobs().stream()
                    .filter(j -> j.resourceArn().endsWith(":table/" + t)).count();
        }
        long sent = proxy.count("StartBackupJob");
        suite.row("jobs backup", f, 1, sent, run.code(), jobs + " job(s); " + firstLine(run.err()));
        assertEquals(1, jobs, f + ": " + run.err());
        assertEquals(0, run.code(), f + ": " + run.err());
        assertEquals(2, sent, f + ": " + proxy.attempts());
    }

    /** AWS Backup reads keep the SDK's adaptive retry: two 503s, then the answer. */
    private static void readRetriedThrough503(FaultProxy proxy) {
        try (BackupClient backup = raw()) {
            backup.createBackupVault(b -> b.backupVaultName("ReadRetried"));
        }
        proxy.inject("ListBackupVaults", Fault.STATUS_503, 2);
        var run = cli(proxy, "vaults", "list");
        suite.row("vaults list (read)", Fault.STATUS_503, 2, proxy.count("ListBackupVaults"), run.code(), firstLine(run.out()));
        assertEquals(0, run.code(), run.err());
        assertEquals(3, proxy.count("ListBackupVaults"), proxy.attempts().toString());
        assertTrue(run.out().contains("ReadRetried"), run.out());
    }

    /** A table, a vault and one completed recovery point of the table in it, made straight on the servers. */
    private static String recoveryPoint(String tableName, String vault) {
        contract.moto().createTable(REGION, tableName, "pk", null);
        String tableArn;
        try (DynamoDbClient ddb = contract.moto().fixture(REGION)) {
            tableArn = ddb.describeTable(b -> b.tableName(tableName)).table().tableArn();
        }
        try (BackupClient backup = raw()) {
            backup.createBackupVault(b -> b.backupVaultName(vault));
            return backup.startBackupJob(b -> b.resourceArn(tableArn).backupVaultName(vault)
                    .iamRoleArn("arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole")).recoveryPointArn();
        }
    }

    private static boolean vaultGone(String vault) {
        try {
            describeVault(vault);
            return false;
        } catch (ResourceNotFoundException e) {
            return true;
        }
    }

    private static software.amazon.awssdk.services.backup.model.DescribeBackupVaultResponse describeVault(String vault) {
        try (BackupClient backup = raw()) {
            return backup.describeBackupVault(b -> b.backupVaultName(vault));
        }
    }

    /** Straight to the contract server, no proxy: the fixtures and the checks of the effect. */
    private static BackupClient raw() {
        return BackupClient.builder().endpointOverride(contract.server().endpoint()).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
    }

}
