package dev.dynamobackup.faults;

import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.model.BackupRequest;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import dev.dynamobackup.model.RestoreStarted;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.AttemptCounter;
import dev.dynamobackup.testing.FaultProxy;
import dev.dynamobackup.testing.FxStallMeter;
import dev.dynamobackup.testing.FaultProxy.Fault;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.MotoServer;
import dev.dynamobackup.ui.UiHarness;
import dev.dynamobackup.ui.backups.BackupActions;
import dev.dynamobackup.ui.backups.BulkProgressModel;
import dev.dynamobackup.ui.main.MainModel;
import dev.dynamobackup.ui.pitr.PitrPanelModel;
import dev.dynamobackup.ui.restore.RestoreWizardModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GUI's write paths (bulk queue rows of BackupActions, the restore wizard's model, the PITR panel's
 * model) under faults, in the real window with the real FX task runner and the app's shipped client
 * options. An {@link FxStallMeter} watches the FX thread while the faults run.
 */
class GuiWritesFaultTest {
    private static final String REGION = "us-east-1";
    private static final long MAX_STALL_MS = 100;
    @TempDir Path dir;
    private UiHarness ui;
    private FaultProxy proxy;

    @BeforeAll
    static void shippedSettingsOnly() {
        FaultSuite.assumeShippedSettings();
    }

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
        if (proxy != null) proxy.close();
    }

    @Test
    void lateAndLostRepliesAndServiceErrorsInTheGui() throws Exception {
        MotoServer.get().reset();
        Moto moto = new Moto(MotoServer.get());
        moto.createTable(REGION, "Ledger", "pk", null);
        moto.createTable(REGION, "Audit", "pk", null);
        String restoreFrom;
        String toDelete;
        try (DynamoDbClient ddb = moto.fixture(REGION)) {
            restoreFrom = ddb.createBackup(b -> b.tableName("Audit").backupName("audit-b")).backupDetails().backupArn();
            toDelete = ddb.createBackup(b -> b.tableName("Audit").backupName("audit-old")).backupDetails().backupArn();
        }
        proxy = new FaultProxy(moto.endpoint());
        AttemptCounter attempts = new AttemptCounter();
        ui = new UiHarness(settingsFor(proxy), dir, ClientOptions.forApp().withInterceptors(attempts));
        MainModel main = ui.window.model();
        UiHarness.await(30, () -> main.tables().size() == 2);
        BackupActions actions = onFx(() -> new BackupActions(ui.ctx));
        PitrPanelModel pitr = onFx(() -> new PitrPanelModel(ui.ctx));
        onFx(() -> {
            main.selectedProperty().set(main.tables().stream().filter(t -> t.name().equals("Ledger")).findFirst().orElseThrow());
            return null;
        });
        UiHarness.await(20, () -> pitr.tableProperty().get() != null && pitr.windowProperty().get() != null);
        RestoreWizardModel wizard = onFx(() -> RestoreWizardModel.fromBackup(ui.ctx, restoreFrom));
        UiHarness.await(20, () -> wizard.backupProperty().get() != null && wizard.sourceSettingsProperty().get() != null);
        onFx(() -> {
            wizard.targetName().nameProperty().set("Audit-restored");
            return null;
        });

        proxy.inject("CreateBackup", Fault.LATE, 1);
        proxy.inject("RestoreTableFromBackup", Fault.LATE, 1);
        proxy.inject("UpdateContinuousBackups", Fault.DROP_MID_REPLY, 1);
        proxy.inject("DeleteBackup", Fault.STATUS_500, 2);
        AtomicReference<RestoreStarted> restored = new AtomicReference<>();
        Instant start = Instant.now();
        FxStallMeter stall = whileMeasuringStalls(() -> {
            BulkProgressModel created = onFx(() -> {
                BulkProgressModel p = new BulkProgressModel(main.target(), "create");
                actions.create(main.target(), List.of(new BackupRequest("Ledger", "ledger-nightly")), p);
                return p;
            });
            BulkProgressModel deleted = onFx(() -> {
                BulkProgressModel p = new BulkProgressModel(main.target(), "delete");
                actions.delete(main.target(), List.of(new BackupSummary(toDelete, "audit-old", "Audit", null, "AVAILABLE",
                        BackupType.USER, 0, Instant.now(), null)), p);
                return p;
            });
            onFx(() -> {
                pitr.daysProperty().set(7);
                pitr.requestEnable();
                wizard.start(restored::set);
                return null;
            });
            UiHarness.await(60, () -> created.finishedProperty().get() && deleted.finishedProperty().get()
                    && restored.get() != null && !pitr.busyProperty().get());

            // a late reply to CreateBackup: one backup, the row succeeded, the notification says created
            assertEquals(0, created.failures(), created.firstFailure());
            assertEquals(1, countBackups(moto, "Ledger", "ledger-nightly"));
            assertEquals(1, attempts.of("CreateBackup"), "never resent");
            // a late reply to a restore: one table, the wizard's follow-up runs as on success
            assertEquals("Audit-restored", restored.get().table().name());
            assertEquals(1, attempts.of("RestoreTableFromBackup"));
            // a reply dropped halfway to UpdateContinuousBackups: PITR is on, the panel shows it
            assertEquals(7, pitr.windowProperty().get().recoveryPeriodDays());
            assertEquals(1, attempts.of("UpdateContinuousBackups"));
            // a 500 to DeleteBackup and to the copy sent after the check: still there, the row says so
            assertEquals(1, deleted.failures());
            assertTrue(deleted.firstFailure().contains("was not deleted"), deleted.firstFailure());
            assertEquals(2, attempts.of("DeleteBackup"));
            assertTrue(ui.dialogs.shown.stream().noneMatch(s -> s.startsWith("error:")), ui.dialogs.shown.toString());
        });
        System.out.printf("fault x operation (GUI): late CreateBackup, late RestoreTableFromBackup, dropped "
                + "UpdateContinuousBackups, 500 x2 DeleteBackup in %d s; %s%n",
                java.time.Duration.between(start, Instant.now()).toSeconds(), stall);
        assertResponsive(stall);

        // refused connections: the write is retried (nothing was sent) and made once
        FxStallMeter refusedStall = whileMeasuringStalls(() -> {
            int before = attempts.of("CreateBackup");
            proxy.refuseConnections();
            BulkProgressModel again = onFx(() -> {
                BulkProgressModel p = new BulkProgressModel(main.target(), "create");
                actions.create(main.target(), List.of(new BackupRequest("Audit", "audit-refused")), p);
                return p;
            });
            // listen again once the first attempt has been refused; the SDK waits at least 125 ms to retry
            UiHarness.await(30, () -> attempts.of("CreateBackup") > before);
            proxy.acceptConnections();
            UiHarness.await(30, again.finishedProperty()::get);
            assertEquals(0, again.failures(), again.firstFailure());
            assertEquals(1, countBackups(moto, "Audit", "audit-refused"));
            assertTrue(attempts.of("CreateBackup") >= before + 2, "refused, then sent: " + attempts.of("CreateBackup"));
            assertEquals(2, proxy.count("CreateBackup"), "the proxy saw the late one and this one only");
        });
        System.out.printf("fault x operation (GUI): refused connections, CreateBackup attempts %d; %s%n",
                attempts.of("CreateBackup") - 1, refusedStall);
        assertResponsive(refusedStall);
        try (DynamoDbClient ddb = moto.fixture(REGION)) {
            assertEquals(PointInTimeRecoveryStatus.ENABLED, ddb.describeContinuousBackups(b -> b.tableName("Ledger"))
                    .continuousBackupsDescription().pointInTimeRecoveryDescription().pointInTimeRecoveryStatus());
        }
    }

    /**
     * No AWS call on the FX thread, ever, and the app's own code never keeps it busy for 100 ms or more
     * (CPU time of the FX thread: on this shared machine wall-clock waits mostly measure the load).
     * Waits caused by the machine (render thread or FX thread starved of a CPU) are printed, not failed.
     */
    private static void assertResponsive(FxStallMeter meter) {
        assertEquals(0, meter.sdkCallSamples(), meter.toString());
        assertEquals(0, meter.stalledSamples(FxStallMeter.Holder.SDK_CALL), meter.toString());
        assertTrue(meter.longestAppCpuMs() < MAX_STALL_MS, meter.toString());
    }

    private interface Body {
        void run() throws Exception;
    }

    /** Runs {@code body} while an {@link FxStallMeter} watches the FX thread. */
    private static FxStallMeter whileMeasuringStalls(Body body) throws Exception {
        FxStallMeter meter = new FxStallMeter(MAX_STALL_MS);
        try (meter) {
            body.run();
        }
        WaitForAsyncUtils.waitForFxEvents();
        return meter;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private static long countBackups(Moto moto, String table, String name) {
        try (DynamoDbClient ddb = moto.fixture(REGION)) {
            return ddb.listBackups(b -> b.tableName(table)).backupSummaries().stream()
                    .filter(b -> b.backupName().equals(name)).count();
        }
    }

    private static Settings settingsFor(FaultProxy proxy) {
        Settings s = UiHarness.onEndpoint(proxy.endpoint(), REGION);
        return s;
    }
}
