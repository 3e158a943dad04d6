package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.VaultLock;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.BackupContract;
import dev.dynamobackup.ui.Screenshots;
import dev.dynamobackup.ui.UiHarness;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.dynamobackup.ui.UiRobot;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recovery points in the region's backups list, beside native backups: details and typed-delete deletion. */
class RecoveryPointsViewTest extends UiRobot {
    private final BackupContract contract = new BackupContract();
    @TempDir Path dir;
    private UiHarness ui;
    private ConnectionTarget east;

    @BeforeEach
    void open() throws Exception {
        contract.server().reset();
        contract.moto().createTable("us-east-1", "Orders", "pk", null);
        try (DynamoDbClient ddb = contract.moto().fixture("us-east-1")) {
            ddb.createBackup(b -> b.tableName("Orders").backupName("orders-native"));
        }
        east = contract.target("us-east-1");
        Settings s = contract.appSettings("us-east-1");
        ui = new UiHarness(s, dir);
    }

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
        assertEquals(List.of(), contract.server().violations());
    }

    private String newPoint(String vault) throws Exception {
        return contract.onDemandPoint(ui.services, east, vault, "Orders");
    }

    private BackupsModel model() {
        return ui.window.controller().regionBackups().model();
    }

    private List<BackupSummary> rows() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> List.copyOf(model().rows())).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void showRegionView() throws Exception {
        showTab(BACKUPS_TAB);
        UiHarness.await(20, () -> !model().loadingProperty().get() && model().statusProperty().get().length() > 0
                && !model().rows().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private void select(String arn) {
        TableView<BackupSummary> list = lookup("#regionBackups #backupList").queryAs(TableView.class);
        interact(() -> {
            list.getSelectionModel().clearSelection();
            for (int i = 0; i < list.getItems().size(); i++) if (list.getItems().get(i).arn().equals(arn)) list.getSelectionModel().select(i);
        });
    }

    @Test
    void theListShowsNativeBackupsAndRecoveryPointsWithTheirVault() throws Exception {
        String arn = newPoint("Default");
        showRegionView();
        UiHarness.await(10, () -> rows().stream().anyMatch(r -> r.arn().equals(arn)));

        BackupSummary native_ = rows().stream().filter(r -> "orders-native".equals(r.name())).findFirst().orElseThrow();
        BackupSummary recovery = rows().stream().filter(r -> r.arn().equals(arn)).findFirst().orElseThrow();
        assertNull(model().point(native_));
        assertEquals(BackupType.USER, native_.type());
        assertEquals(BackupType.AWS_BACKUP, recovery.type());
        assertEquals("Default", model().point(recovery).vaultName());
        assertEquals("Orders", recovery.tableName());

        select(arn);
        interact(() -> ui.window.controller().regionBackups().onPointDetails());
        String details = ui.dialogs.shown.get(ui.dialogs.shown.size() - 1);
        assertTrue(details.startsWith("info: Recovery point: Status: COMPLETED\nVault: Default"), details);
        assertTrue(details.contains("Made by plan: none (on-demand backup job)"), details);
        Screenshots.save(lookup("#mainTabs").query().getScene(), "backups-with-recovery-points");
    }

    @Test
    void aRecoveryPointIsDeletedAfterTypingDelete() throws Exception {
        String arn = newPoint("Default");
        showRegionView();
        UiHarness.await(10, () -> rows().stream().anyMatch(r -> r.arn().equals(arn)));
        select(arn);
        assertEquals(Optional.empty(), WaitForAsyncUtils.asyncFx(() -> model().deleteBlockedProperty().get()).get());

        interact(() -> ui.window.controller().regionBackups().onDelete());

        UiHarness.await(20, () -> ui.dialogs.shown.stream().anyMatch(m -> m.startsWith("notify: Recovery point deleted")));
        assertTrue(ui.dialogs.shown.get(0).startsWith("confirmTyped: Delete recovery point: Delete recovery point " + arn
                + " from vault Default?"), ui.dialogs.shown.get(0));
        assertTrue(ui.dialogs.shown.get(0).endsWith(" [delete]"), ui.dialogs.shown.get(0));
        assertTrue(ui.services.awsBackup().recoveryPoints().listByVault(east, "Default").isEmpty());
        assertTrue(contract.server().operations().contains("DeleteRecoveryPoint"));
        UiHarness.await(5, () -> rows().stream().noneMatch(r -> r.arn().equals(arn)));
        assertTrue(rows().stream().anyMatch(r -> "orders-native".equals(r.name())));
    }

    @Test
    void aLockedVaultRefusesTheDeletionWithTheReasonAndSendsNothing() throws Exception {
        String arn = newPoint("Locked");
        ui.services.awsBackup().vaults().lock(east, "Locked", new VaultLock(30, null, null));
        showRegionView();
        UiHarness.await(10, () -> rows().stream().anyMatch(r -> r.arn().equals(arn)));
        select(arn);

        interact(() -> ui.window.controller().regionBackups().onDelete());

        UiHarness.await(20, () -> ui.dialogs.shown.stream().anyMatch(m -> m.startsWith("error: Recovery point not deleted")));
        String error = ui.dialogs.shown.stream().filter(m -> m.startsWith("error:")).findFirst().orElseThrow();
        assertTrue(error.contains("Locked"), error);
        assertTrue(!contract.server().operations().contains("DeleteRecoveryPoint"), contract.server().operations().toString());
        assertNotNull(ui.services.awsBackup().recoveryPoints().describe(east, "Locked", arn));
    }

    @Test
    void aNativeBackupAndAPointTogetherCannotBeDeleted() throws Exception {
        String arn = newPoint("Default");
        showRegionView();
        UiHarness.await(10, () -> rows().stream().anyMatch(r -> r.arn().equals(arn)));
        @SuppressWarnings("unchecked")
        TableView<BackupSummary> list = lookup("#regionBackups #backupList").queryAs(TableView.class);
        interact(() -> list.getSelectionModel().selectAll());
        assertEquals(Optional.of("Recovery points are deleted one at a time, through AWS Backup: select one recovery point alone."),
                WaitForAsyncUtils.asyncFx(() -> model().deleteBlockedProperty().get()).get());
    }

    @Test
    void aRecoveryPointIsCopiedToAVaultInAnotherRegion() throws Exception {
        ui.services.awsBackup().regionSettings().enableAdvancedDynamoDb(east); // cross-region copies need it
        String arn = newPoint("Default");
        ConnectionTarget west = contract.target("us-west-2");
        String westVault = ui.services.awsBackup().vaults().create(west, "DR", null).arn();
        showRegionView();
        UiHarness.await(10, () -> rows().stream().anyMatch(r -> r.arn().equals(arn)));
        select(arn);

        ui.dialogs.promptAnswer = westVault;
        interact(() -> ui.window.controller().regionBackups().onCopyPoint());

        try {
            UiHarness.await(30, () -> ui.dialogs.shown.stream().anyMatch(m -> m.startsWith("notify: AWS Backup job: Copy job")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no completion notified: " + ui.dialogs.shown + " " + contract.server().operations(), e);
        }
        assertTrue(ui.dialogs.shown.stream().anyMatch(m -> m.startsWith("notify: AWS Backup copy started: Copy job")));
        assertEquals(1, ui.services.awsBackup().recoveryPoints().listByVault(west, "DR").size());
    }
}
