package dev.dynamobackup.faults;

import dev.dynamobackup.cli.CliHarness;
import dev.dynamobackup.testing.BackupContract;
import dev.dynamobackup.testing.FaultProxy;
import dev.dynamobackup.testing.FaultProxy.Fault;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    private static final List<String> table = new ArrayList<>();

    @BeforeAll
    static void assumeShippedSettings() {
        assumeTrue(System.getProperty("dbm.sdk.retries") == null || "true".equals(System.getProperty("dbm.sdk.retries")),
                "the fault suite runs with the app's own retry settings only");
        contract.server().reset();
    }

    @AfterAll
    static void printTable() {
        System.out.println("fault x operation (AWS Backup CLI):");
        table.forEach(System.out::println);
    }

    private static synchronized void row(String op, Fault fault, int times, long attempts, int exit, String outcome) {
        table.add(String.format("  %-24s %-15s x%d  attempts=%d exit=%d  %s", op, fault, times, attempts, exit, outcome));
    }

    private interface Scenario {
        void run(FaultProxy proxy) throws Exception;
    }

    @Test
    void everyAwsBackupWriteUnderEveryFault() throws Exception {
        List<Callable<Void>> scenarios = new ArrayList<>();
        for (Fault f : List.of(Fault.LATE, Fault.DROP_MID_REPLY, Fault.THROTTLE, Fault.STATUS_500, Fault.STATUS_503)) {
            scenarios.add(scenario(p -> deletePoint(p, f, times(f))));
            scenarios.add(scenario(p -> deleteVault(p, f, times(f))));
            scenarios.add(scenario(p -> deletePlan(p, f, times(f))));
            scenarios.add(scenario(p -> lockVault(p, f, times(f))));
        }
        // a 5xx to the copy sent after the check as well: not done, and said so
        scenarios.add(scenario(p -> deletePoint(p, Fault.STATUS_500, 2)));
        scenarios.add(scenario(p -> deleteVault(p, Fault.STATUS_503, 2)));
        scenarios.add(scenario(p -> deletePlan(p, Fault.STATUS_500, 2)));
        scenarios.add(scenario(p -> lockVault(p, Fault.STATUS_503, 2)));
        for (Fault f : List.of(Fault.LATE, Fault.DROP_MID_REPLY, Fault.STATUS_503)) scenarios.add(scenario(p -> startBackupJob(p, f)));
        scenarios.add(scenario(AwsBackupWritesFaultTest::readRetriedThrough503));
        ExecutorService pool = Executors.newFixedThreadPool(scenarios.size());
        try {
            List<Throwable> failures = new ArrayList<>();
            for (Future<Void> f : pool.invokeAll(scenarios)) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            if (!failures.isEmpty()) {
                AssertionError all = new AssertionError(failures.size() + " fault scenarios failed: " + failures);
                failures.forEach(all::addSuppressed);
                throw all;
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), contract.server().violations());
    }

    private static Callable<Void> scenario(Scenario s) {
        return () -> {
            try (FaultProxy proxy = new FaultProxy(contract.server().endpoint())) {
                s.run(proxy);
            }
            return null;
        };
    }

    private static int times(Fault f) {
        return f == Fault.THROTTLE ? 2 : 1;
    }

    private static boolean isServerError(Fault f) {
        return f == Fault.STATUS_500 || f == Fault.STATUS_503;
    }

    /** Done unless the 5xx also hit the copy sent after the check found the work not done. */
    private static boolean done(Fault f, int times) {
        return !isServerError(f) || times == 1;
    }

    /** Throttling is resent by the SDK; a 5xx is checked, then sent once more; a lost reply never. */
    private static long attempts(Fault f) {
        return f == Fault.THROTTLE ? 3 : isServerError(f) ? 2 : 1;
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
        row(op, f, times, sent, run.code(), outcome + "; " + firstLine(run.err()));
        boolean done = done(f, times);
        assertEquals(done, effect, op + " " + f + ": " + run.err());
        assertEquals(done ? 0 : 1, run.code(), op + " " + f + ": " + run.err());
        assertEquals(attempts(f), sent, op + " " + f + ": " + proxy.attempts());
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
        row("jobs backup", f, 1, sent, run.code(), jobs + " job(s); " + firstLine(run.err()));
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
        row("vaults list (read)", Fault.STATUS_503, 2, proxy.count("ListBackupVaults"), run.code(), firstLine(run.out()));
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

    private static String firstLine(String s) {
        return s.isBlank() ? "(no message)" : s.lines().findFirst().orElse("");
    }
}
