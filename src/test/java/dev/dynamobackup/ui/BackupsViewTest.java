package dev.dynamobackup.ui;

import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import dev.dynamobackup.ui.backups.BackupsModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Backups tab, the region view, the create wizard and the delete dialog, headless against moto. */
@WithMoto
class BackupsViewTest extends UiRobot {
    @TempDir Path dir;
    private UiHarness ui;

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
    }

    private UiHarness open(Moto moto) throws Exception {
        Settings s = UiHarness.onEndpoint(moto.endpoint(), "us-east-1");
        ui = new UiHarness(s, dir);
        return ui;
    }

    private static void backup(Moto moto, String table, String name) {
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            ddb.createBackup(b -> b.tableName(table).backupName(name));
        }
    }

    private BackupsModel regionModel() {
        return ui.window.controller().regionBackups().model();
    }

    private BackupsModel tableModel() {
        return ui.window.controller().details().backups().model();
    }

    private void showRegionView() {
        showTab(BACKUPS_TAB);
    }

    @SuppressWarnings("unchecked")
    private TableView<TableSummary> tableList() {
        return lookup("#tableList").queryAs(TableView.class);
    }

    /** Selects a table in the main list and opens its details' Backups tab. */
    private void openTableBackups(String table) throws Exception {
        UiHarness.await(20, () -> tableList().getItems().stream().anyMatch(t -> t.name().equals(table)));
        TableSummary row = tableList().getItems().stream().filter(t -> t.name().equals(table)).findFirst().orElseThrow();
        interact(() -> tableList().getSelectionModel().select(row));
        TabPane details = lookup("#tabs").queryAs(TabPane.class);
        interact(() -> details.getSelectionModel().select(1));
    }

    /** A node of the region view ({@code region}) or of the table's Backups tab: both views have the same ids. */
    private <T extends Node> T inView(boolean region, String id, Class<T> type) {
        return from(lookup(region ? "#regionBackups" : "#tableBackups").<Node>query()).lookup(id).queryAs(type);
    }

    @Test
    void regionViewAndTableTabListTheirBackups(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        moto.createTable("us-east-1", "Users", "pk", null);
        backup(moto, "Orders", "orders-1");
        backup(moto, "Orders", "orders-2");
        backup(moto, "Users", "users-1");
        open(moto);

        showRegionView();
        UiHarness.await(20, () -> regionModel().rows().size() == 3 && !regionModel().loadingProperty().get());
        Screenshots.save(lookup("#mainTabs").query().getScene(), "region-backups-tab"); // loaded on its first selection
        interact(() -> regionModel().tableFilterProperty().set("Users"));
        assertEquals(List.of("users-1"), regionModel().visible().stream().map(BackupSummary::name).toList());
        Screenshots.save(ui.stage.getScene(), "backups-region-view");
        interact(() -> regionModel().tableFilterProperty().set(null));
        interact(() -> regionModel().textProperty().set("ORDERS-2"));
        assertEquals(List.of("orders-2"), regionModel().visible().stream().map(BackupSummary::name).toList());

        showTab(TABLES_TAB);
        openTableBackups("Orders");
        UiHarness.await(20, () -> tableModel().rows().size() == 2);
        assertTrue(tableModel().rows().stream().allMatch(b -> b.tableName().equals("Orders")));
        Screenshots.save(ui.stage.getScene(), "backups-table-tab");
    }

    @Test
    void restoreFromTheBackupsViewOpensTheRestoreWizardOnTheSelectedBackup(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        backup(moto, "Orders", "orders-before-migration");
        open(moto);
        showRegionView();
        UiHarness.await(20, () -> regionModel().rows().size() == 1 && !regionModel().loadingProperty().get());
        Button restore = inView(true, "#restoreBackupButton", Button.class);
        assertTrue(restore.isDisabled(), "nothing selected: nothing to restore");

        @SuppressWarnings("unchecked")
        TableView<BackupSummary> list = inView(true, "#backupList", TableView.class);
        interact(() -> list.getSelectionModel().select(0));
        assertFalse(restore.isDisabled());
        clickOn(restore);

        UiHarness.await(10, () -> lookup("#sourceBackupName").tryQuery().isPresent()
                && lookup("#sourceBackupName").queryAs(Label.class).getText().startsWith("orders-before-migration"));
        assertEquals("Orders", lookup("#sourceTable").queryAs(Label.class).getText(),
                "the restore wizard is open on the selected backup's source page");
        interact(() -> topDialog().ifPresent(p -> p.getScene().getWindow().hide()));
    }

    @Test
    void wizardCreatesABackupOfTheCurrentTable(Moto moto) throws Exception {
        moto.createTable("us-east-1", "ProductCatalog", "Id", null);
        open(moto);
        openTableBackups("ProductCatalog");
        UiHarness.await(20, () -> "0 backups".equals(inView(false, "#countText", Label.class).getText())
                && !tableModel().loadingProperty().get());

        clickOn(inView(false, "#backupList", TableView.class));
        press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        UiHarness.await(10, () -> topDialog().isPresent());

        // page 1: the current table is pre-selected
        DialogPane source = topDialog().orElseThrow();
        Screenshots.save(source.getScene(), "create-backup-1-tables");
        Button next = button(source, ButtonBar.ButtonData.NEXT_FORWARD);
        assertFalse(next.isDisabled(), "ProductCatalog is pre-selected");
        clickOn(next);

        // page 2: the default name, validated as typed
        TextField name = lookup("#backupName-ProductCatalog").queryAs(TextField.class);
        assertTrue(name.getText().matches("ProductCatalog-\\d{8}-\\d{6}"), name.getText());
        DialogPane settings = topDialog().orElseThrow();
        interact(() -> name.setText("bad name!"));
        assertTrue(button(settings, ButtonBar.ButtonData.NEXT_FORWARD).isDisabled(), "Next disabled while the name is invalid");
        assertTrue(lookup(".field-error").queryAll().stream().anyMatch(n -> n.isVisible() && n instanceof Label l
                && l.getText() != null && l.getText().contains("a space is not allowed")));
        Screenshots.save(settings.getScene(), "create-backup-2-invalid-name");
        interact(name::clear);
        clickOn(name).write("ProductCatalogBackup");
        clickOn(button(settings, ButtonBar.ButtonData.NEXT_FORWARD));

        // page 3: review, then Create
        DialogPane review = topDialog().orElseThrow();
        Button create = button(review, ButtonBar.ButtonData.FINISH);
        assertEquals("Create backup", create.getText());
        Screenshots.save(review.getScene(), "create-backup-3-review");
        assertFalse(create.isDisabled());
        clickOn(create);

        UiHarness.await(20, () -> tableModel().rows().stream().anyMatch(b -> b.name().equals("ProductCatalogBackup")));
        UiHarness.await(10, () -> ui.dialogs.shown.stream().anyMatch(s -> s.startsWith("notify: Backups created")));
        assertEquals("AVAILABLE", tableModel().rows().get(0).status());
    }

    @Test
    void deleteStaysDisabledUntilDeleteIsTyped(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        backup(moto, "Orders", "orders-old");
        open(moto);
        showRegionView();
        UiHarness.await(20, () -> regionModel().rows().size() == 1);

        clickOn("orders-old");
        Button deleteAction = inView(true, "#deleteButton", Button.class);
        assertFalse(deleteAction.isDisabled());
        clickOn(deleteAction);
        UiHarness.await(10, () -> topDialog().isPresent());

        Button confirm = lookup("#confirmDelete").queryAs(Button.class);
        assertTrue(confirm.isDisabled());
        Screenshots.save(confirm.getScene(), "delete-backups-dialog");
        clickOn(".delete-dialog .text-field").write("delete");
        assertTrue(confirm.isDisabled(), "the match is exact: 'delete' is not 'Delete'");
        TextField field = lookup(".delete-dialog .text-field").queryAs(TextField.class);
        interact(field::clear);
        write("Delete");
        assertFalse(confirm.isDisabled());
        clickOn(confirm);

        UiHarness.await(20, () -> regionModel().rows().isEmpty());
        UiHarness.await(10, () -> ui.dialogs.shown.stream().anyMatch(s -> s.startsWith("notify: Backups deleted")));
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertTrue(ddb.listBackups(b -> b.backupType("ALL")).backupSummaries().isEmpty());
        }
    }

    @Test
    void theDialogDeletesWhatItListedEvenWhenTheSelectionChangesWhileItIsOpen(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        backup(moto, "Orders", "orders-listed");
        backup(moto, "Orders", "orders-keep");
        open(moto);
        showRegionView();
        UiHarness.await(20, () -> regionModel().rows().size() == 2);

        clickOn("orders-listed");
        clickOn(inView(true, "#deleteButton", Button.class));
        UiHarness.await(10, () -> topDialog().isPresent());
        // the list behind the dialog moves on (a refresh, a poll, a click before the dialog took focus)
        @SuppressWarnings("unchecked")
        TableView<BackupSummary> list = from(lookup("#regionBackups").<Node>query()).lookup("#backupList").queryAs(TableView.class);
        BackupSummary keep = regionModel().rows().stream().filter(b -> b.name().equals("orders-keep")).findFirst().orElseThrow();
        interact(() -> list.getSelectionModel().clearAndSelect(list.getItems().indexOf(keep)));
        assertEquals(List.of("orders-keep"), regionModel().selection().stream().map(BackupSummary::name).toList());
        clickOn(".delete-dialog .text-field").write("Delete");
        clickOn(lookup("#confirmDelete").queryAs(Button.class));

        UiHarness.await(10, () -> ui.dialogs.shown.stream().anyMatch(s -> s.startsWith("notify: Backups deleted")));
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertEquals(List.of("orders-keep"), ddb.listBackups(b -> b.backupType("ALL")).backupSummaries().stream()
                    .filter(b -> !"DELETED".equals(b.backupStatusAsString()))
                    .map(software.amazon.awssdk.services.dynamodb.model.BackupSummary::backupName).toList());
        }
    }

    @Test
    void f5InTheBackupsViewReloadsTheBackups(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        open(moto);
        showRegionView();
        UiHarness.await(20, () -> !regionModel().loadingProperty().get() && regionModel().target() != null);
        backup(moto, "Orders", "made-elsewhere");

        clickOn(inView(true, "#backupList", TableView.class));
        type(KeyCode.F5);

        UiHarness.await(20, () -> regionModel().rows().size() == 1);
        assertEquals("made-elsewhere", regionModel().rows().get(0).name());
    }

    @Test
    void aRowUpdatedInPlaceKeepsTheSelection(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        backup(moto, "Orders", "orders-a");
        backup(moto, "Orders", "orders-b");
        open(moto);
        showRegionView();
        UiHarness.await(20, () -> regionModel().rows().size() == 2 && !regionModel().loadingProperty().get());
        clickOn("orders-a");
        BackupSummary selected = regionModel().selection().get(0);

        // what the poller does when a backup settles: the same row, a new state
        interact(() -> ui.ctx.events().publish(new dev.dynamobackup.ui.session.UiEvent.BackupChanged(regionModel().target(),
                selected.withStatus("DELETED"))));

        assertEquals(2, regionModel().rows().size(), "updated in place, not added");
        assertEquals(1, regionModel().selection().size());
        assertEquals(selected.arn(), regionModel().selection().get(0).arn());
        assertEquals("DELETED", regionModel().selection().get(0).status());
        @SuppressWarnings("unchecked")
        TableView<BackupSummary> list = inView(true, "#backupList", TableView.class);
        assertEquals(selected.arn(), list.getSelectionModel().getSelectedItem().arn(), "the table keeps the row selected");
    }

    @Test
    void awsBackupRowsCannotBeDeletedHere(Moto moto) throws Exception {
        open(moto);
        showRegionView();
        UiHarness.await(20, () -> !regionModel().loadingProperty().get() && regionModel().target() != null);
        BackupSummary owned = new BackupSummary("arn:aws:backup:us-east-1:123456789012:recovery-point:abc", "plan-daily",
                "Orders", null, "AVAILABLE", BackupType.AWS_BACKUP, 2048, Instant.now(), null);
        interact(() -> regionModel().rows().add(owned));

        clickOn("plan-daily");
        Button deleteAction = inView(true, "#deleteButton", Button.class);
        assertTrue(deleteAction.isDisabled());
        Label reason = inView(true, "#deleteReason", Label.class);
        assertNotNull(reason.getText());
        assertTrue(reason.getText().contains("AWS Backup owns") && reason.getText().contains("DeleteRecoveryPoint"), reason.getText());

        type(KeyCode.DELETE);
        assertTrue(topDialog().isEmpty(), "the Delete key opens nothing for AWS_BACKUP rows");
    }
}
