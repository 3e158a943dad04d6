package dev.dynamobackup.faults;

import dev.dynamobackup.cli.CliHarness;
import dev.dynamobackup.testing.FaultProxy;
import dev.dynamobackup.testing.FaultProxy.Fault;
import dev.dynamobackup.faults.FaultSuite.Scenario;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.MotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupSummary;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

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
 * Every CLI write under every fault, with the app's shipped retry and timeout settings (this class runs
 * in the fault-suite surefire execution, without {@code dbm.sdk.retries=false}). Each scenario has its
 * own proxy and tables, and they run at once: the late replies cost 16 s each, not 16 s times their number.
 * Attempts are counted at the HTTP level by the proxy.
 */
class CliWritesFaultTest {
    private static final String REGION = "us-east-1";
    private static Moto moto;
    private static final FaultSuite suite = new FaultSuite("fault x operation (CLI):",
            "  %-26s %-15s x%d  attempts=%d exit=%d  %s");

    @BeforeAll
    static void assumeShippedSettings() {
        FaultSuite.assumeShippedSettings();
        MotoServer.get().reset();
        moto = new Moto(MotoServer.get());
    }

    @AfterAll
    static void printTable() {
        suite.print();
    }

    @Test
    void everyWriteUnderEveryFault() throws Exception {
        List<Scenario> scenarios = new ArrayList<>();
        for (Fault f : List.of(Fault.LATE, Fault.DROP_MID_REPLY, Fault.THROTTLE, Fault.STATUS_500, Fault.STATUS_503)) {
            scenarios.add(p -> createBackup(p, f));
            scenarios.add(p -> restoreBackup(p, f, times(f)));
            scenarios.add(p -> deleteBackup(p, f, times(f)));
            scenarios.add(p -> pitr(p, f, true, times(f)));
            scenarios.add(p -> pitr(p, f, false, times(f)));
        }
        // a 5xx to the copy sent after the check as well: not done, and said so
        scenarios.add(p -> restoreBackup(p, Fault.STATUS_500, 2));
        scenarios.add(p -> deleteBackup(p, Fault.STATUS_503, 2));
        scenarios.add(p -> pitr(p, Fault.STATUS_500, true, 2));
        scenarios.add(p -> pitr(p, Fault.STATUS_503, false, 2));
        for (Fault f : List.of(Fault.LATE, Fault.DROP_MID_REPLY, Fault.STATUS_503)) scenarios.add(p -> restorePitr(p, f, 1));
        scenarios.add(p -> restorePitr(p, Fault.STATUS_500, 2));
        scenarios.add(CliWritesFaultTest::readRetriedThrough503);
        scenarios.add(CliWritesFaultTest::readGivesUpAfter500s);
        FaultSuite.runAll(moto.endpoint(), scenarios);
    }

    private static void createBackup(FaultProxy proxy, Fault f) {
        String t = "Create" + f.name().replace("_", "");
        moto.createTable(REGION, t, "pk", null);
        proxy.inject("CreateBackup", f, times(f));
        var run = CliHarness.cli("backups", "create", "--table", t, "--name", t + "-nightly", "--region", REGION,
                "--endpoint", proxy.endpoint().toString());
        List<BackupSummary> backups = backupsOf(t);
        long attempts = proxy.count("CreateBackup");
        suite.row("backups create", f, times(f), attempts, run.code(), backups.size() + " backup(s); " + firstLine(run.err()));
        boolean made = !isServerError(f);
        assertEquals(made ? 1 : 0, backups.size(), f + ": " + run.err());
        assertEquals(made ? 0 : 1, run.code(), f + ": " + run.err());
        assertEquals(f == Fault.THROTTLE ? 3 : 1, attempts, f + ": " + proxy.attempts());
        if (made) assertTrue(run.out().contains(t + "-nightly"), run.out());
        else assertTrue(run.err().contains("may have been made") && run.err().contains("before trying again"), run.err());
    }

    private static void restoreBackup(FaultProxy proxy, Fault f, int times) {
        String t = "RestoreSrc" + f.name().replace("_", "") + times;
        moto.createTable(REGION, t, "pk", null);
        String arn;
        try (DynamoDbClient ddb = moto.fixture(REGION)) {
            arn = ddb.createBackup(b -> b.tableName(t).backupName(t + "-b")).backupDetails().backupArn();
        }
        String target = t + "-restored";
        proxy.inject("RestoreTableFromBackup", f, times);
        var run = CliHarness.cli("restore", "backup", "--arn", arn, "--target", target, "--region", REGION,
                "--endpoint", proxy.endpoint().toString());
        boolean exists = tableExists(target);
        long attempts = proxy.count("RestoreTableFromBackup");
        suite.row("restore backup", f, times, attempts, run.code(), (exists ? "1 table; " : "no table; ") + firstLine(run.err()));
        boolean done = doneByResendable(f, times);
        assertEquals(done, exists, f + ": " + run.err());
        assertEquals(done ? 0 : 1, run.code(), f + ": " + run.err());
        assertEquals(attemptsOfResendable(f), attempts, f + ": " + proxy.attempts());
        assertEquals(0, proxy.count("unknown"));
        if (!done) assertTrue(run.err().contains("was not started"), run.err());
    }

    private static void restorePitr(FaultProxy proxy, Fault f, int times) {
        String t = "PitrSrc" + f.name().replace("_", "") + times;
        moto.createTable(REGION, t, "pk", null);
        try (DynamoDbClient ddb = moto.fixture(REGION)) {
            ddb.updateContinuousBackups(b -> b.tableName(t).pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true)));
        }
        String target = t + "-restored";
        proxy.inject("RestoreTableToPointInTime", f, times);
        var run = CliHarness.cli("restore", "pitr", "--table", t, "--latest", "--target", target, "--region", REGION,
                "--endpoint", proxy.endpoint().toString());
        boolean exists = tableExists(target);
        long attempts = proxy.count("RestoreTableToPointInTime");
        suite.row("restore pitr", f, times, attempts, run.code(), (exists ? "1 table; " : "no table; ") + firstLine(run.err()));
        boolean done = doneByResendable(f, times);
        assertEquals(done, exists, f + ": " + run.err());
        assertEquals(done ? 0 : 1, run.code(), f + ": " + run.err());
        assertEquals(attemptsOfResendable(f), attempts, f + ": " + proxy.attempts());
        if (!done) assertTrue(run.err().contains("was not started"), run.err());
    }

    private static void deleteBackup(FaultProxy proxy, Fault f, int times) {
        String t = "Delete" + f.name().replace("_", "") + times;
        moto.createTable(REGION, t, "pk", null);
        String arn;
        try (DynamoDbClient ddb = moto.fixture(REGION)) {
            arn = ddb.createBackup(b -> b.tableName(t).backupName(t + "-b")).backupDetails().backupArn();
        }
        proxy.inject("DeleteBackup", f, times);
        var run = CliHarness.cli("backups", "delete", "--arn", arn, "--yes", "--region", REGION,
                "--endpoint", proxy.endpoint().toString());
        boolean gone = backupsOf(t).isEmpty();
        long attempts = proxy.count("DeleteBackup");
        suite.row("backups delete", f, times, attempts, run.code(), (gone ? "deleted; " : "still there; ") + firstLine(run.err()));
        boolean done = doneByResendable(f, times);
        assertEquals(done, gone, f + ": " + run.err());
        assertEquals(done ? 0 : 1, run.code(), f + ": " + run.err());
        assertEquals(attemptsOfResendable(f), attempts, f + ": " + proxy.attempts());
        if (!done) assertTrue(run.err().contains("was not deleted"), run.err());
    }

    private static void pitr(FaultProxy proxy, Fault f, boolean enable, int times) {
        String t = (enable ? "PitrOn" : "PitrOff") + f.name().replace("_", "") + times;
        moto.createTable(REGION, t, "pk", null);
        if (!enable) {
            try (DynamoDbClient ddb = moto.fixture(REGION)) {
                ddb.updateContinuousBackups(b -> b.tableName(t).pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true)));
            }
        }
        proxy.inject("UpdateContinuousBackups", f, times);
        List<String> args = new ArrayList<>(List.of("pitr", enable ? "enable" : "disable", "--table", t, "--region", REGION,
                "--endpoint", proxy.endpoint().toString()));
        if (enable) args.addAll(List.of("--days", "7"));
        // issue8-safe makes disable ask like backups delete; --yes answers for scripts (and tests) there
        if (!enable && CliHarness.cli("pitr", "disable", "--help").out().contains("--yes")) args.add("--yes");
        var run = CliHarness.cli(args.toArray(String[]::new));
        boolean on;
        try (DynamoDbClient ddb = moto.fixture(REGION)) {
            on = ddb.describeContinuousBackups(b -> b.tableName(t)).continuousBackupsDescription()
                    .pointInTimeRecoveryDescription().pointInTimeRecoveryStatus() == PointInTimeRecoveryStatus.ENABLED;
        }
        long attempts = proxy.count("UpdateContinuousBackups");
        suite.row(enable ? "pitr enable" : "pitr disable", f, times, attempts, run.code(),
                (on ? "PITR on; " : "PITR off; ") + firstLine(run.err()));
        boolean done = doneByResendable(f, times);
        assertEquals(done == enable, on, f + ": " + run.err());
        assertEquals(done ? 0 : 1, run.code(), f + ": " + run.err());
        assertEquals(attemptsOfResendable(f), attempts, f + ": " + proxy.attempts());
        if (!done) assertTrue(run.err().contains("was not changed"), run.err());
    }

    /** Reads keep the SDK's adaptive retry: two 503s, then the answer. */
    private static void readRetriedThrough503(FaultProxy proxy) {
        moto.createTable("eu-north-1", "ReadRetried", "pk", null);
        proxy.inject("ListTables", Fault.STATUS_503, 2);
        var run = CliHarness.cli("tables", "--region", "eu-north-1", "--endpoint", proxy.endpoint().toString());
        suite.row("tables (read)", Fault.STATUS_503, 2, proxy.count("ListTables"), run.code(), firstLine(run.out()));
        assertEquals(0, run.code(), run.err());
        assertEquals(3, proxy.count("ListTables"), proxy.attempts().toString());
        assertTrue(run.out().contains("ReadRetried"), run.out());
    }

    /** A read that fails every attempt says the service failed and nothing was changed. */
    private static void readGivesUpAfter500s(FaultProxy proxy) {
        proxy.inject("ListTables", Fault.STATUS_500, 3);
        var run = CliHarness.cli("tables", "--region", "eu-central-1", "--endpoint", proxy.endpoint().toString());
        suite.row("tables (read)", Fault.STATUS_500, 3, proxy.count("ListTables"), run.code(), firstLine(run.err()));
        assertEquals(1, run.code(), run.err());
        assertEquals(3, proxy.count("ListTables"), proxy.attempts().toString());
        assertTrue(run.err().contains("nothing was changed"), run.err());
    }

    private static List<BackupSummary> backupsOf(String t) {
        try (DynamoDbClient ddb = moto.fixture(REGION)) {
            return ddb.listBackups(b -> b.tableName(t)).backupSummaries();
        }
    }

    private static boolean tableExists(String name) {
        try (DynamoDbClient ddb = moto.fixture(REGION)) {
            ddb.describeTable(b -> b.tableName(name));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

}
