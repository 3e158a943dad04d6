package dev.dynamobackup.ui;

import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.ui.snapshots.SnapshotRow;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File snapshots in the GUI on the sandbox (the embedded DynamoDB Local, no AWS account): Create backup
 * offers "Snapshot to file", the Snapshots view lists, verifies and restores it into a new table, then deletes it.
 */
class SnapshotsViewTest extends UiRobot {
    @TempDir Path dir;
    private UiHarness ui;

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
    }

    private boolean shown(String prefix) {
        return ui.dialogs.shown.stream().anyMatch(s -> s.startsWith(prefix));
    }

    @Test
    void snapshotAndRestoreOnTheSandboxEndToEndThenDelete() throws Exception {
        Settings s = new Settings();
        s.lastConnectionId = "sandbox";
        ui = new UiHarness(s, dir);
        @SuppressWarnings("unchecked")
        TableView<TableSummary> tables = lookup("#tableList").queryAs(TableView.class);
        UiHarness.await(60, () -> !tables.getItems().isEmpty() && !ui.window.model().loadingProperty().get());
        TableSummary source = tables.getItems().get(0);
        interact(() -> tables.getSelectionModel().select(source));

        // Create backup on the sandbox: the wizard opens with "Snapshot to file" chosen, DynamoDB's own disabled
        showTab(BACKUPS_TAB);
        Button create = from(lookup("#regionBackups").<Node>query()).lookup("#createButton").queryAs(Button.class);
        assertFalse(create.isDisabled(), "Create backup stays available on the sandbox");
        clickOn(create);
        UiHarness.await(10, () -> topDialog().isPresent());
        clickOn(button(topDialog().orElseThrow(), ButtonBar.ButtonData.NEXT_FORWARD));
        DialogPane settings = topDialog().orElseThrow();
        assertTrue(lookup("#methodSnapshot").queryAs(RadioButton.class).isSelected());
        assertTrue(lookup("#methodDynamoDb").queryAs(RadioButton.class).isDisabled());
        // the sandbox has no AWS Backup: its method is off, with the reason from the bundle
        assertTrue(lookup("#methodAwsBackup").queryAs(RadioButton.class).isDisabled());
        Label noAwsBackup = lookup("#awsBackupUnavailable").queryAs(Label.class);
        assertTrue(noAwsBackup.isVisible() && noAwsBackup.getText().startsWith("Not available here: DynamoDB Local"), noAwsBackup.getText());
        TextField segments = lookup("#snapshotSegments").queryAs(TextField.class);
        interact(() -> segments.setText("0"));
        assertTrue(button(settings, ButtonBar.ButtonData.NEXT_FORWARD).isDisabled(), "0 segments is refused before anything runs");
        Screenshots.save(settings.getScene(), "snapshot-1-method-invalid");
        interact(() -> segments.setText("2"));
        TextField name = lookup("#backupName-" + source.name()).queryAs(TextField.class);
        interact(() -> name.setText("first-snapshot"));
        Screenshots.save(settings.getScene(), "snapshot-2-method-options");
        clickOn(button(settings, ButtonBar.ButtonData.NEXT_FORWARD));
        DialogPane review = topDialog().orElseThrow();
        Screenshots.save(review.getScene(), "snapshot-3-review");
        clickOn(button(review, ButtonBar.ButtonData.FINISH));

        UiHarness.await(60, () -> shown("notify: Snapshot written"));
        Path written = ui.services.snapshots().defaultFolder().resolve("first-snapshot");
        assertTrue(Files.isRegularFile(written.resolve("manifest.json")), written + " holds the manifest");
        UiHarness.await(10, () -> lookup("#snapshotJobFigures").tryQuery().isPresent());
        Screenshots.save(lookup("#snapshotJobFigures").queryAs(Label.class).getScene(), "snapshot-4-progress-done");
        clickOn("#snapshotJobCancel"); // Close once finished

        // the Snapshots view lists it with the table's item count; Verify reads every part
        showTab(SNAPSHOTS_TAB);
        UiHarness.await(20, () -> snapshotList().getItems().size() == 1);
        SnapshotRow row = snapshotList().getItems().get(0);
        assertEquals(source.name(), row.summary().tableName());
        assertEquals(ui.services.snapshots().manifest(written).itemCount(), row.summary().itemCount());
        interact(() -> snapshotList().getSelectionModel().select(row));
        clickOn("#verifySnapshotButton");
        UiHarness.await(30, () -> "intact".equals(row.verifiedProperty().get()));
        Screenshots.save(ui.stage.getScene(), "snapshot-5-view");
        // Refresh lists new rows; the selected snapshot stays selected
        clickOn("#refreshSnapshotsButton");
        UiHarness.await(20, () -> snapshotList().getItems().size() == 1 && snapshotList().getItems().get(0) != row);
        UiHarness.await(5, () -> snapshotList().getSelectionModel().getSelectedItem() != null);
        assertEquals(written, snapshotList().getSelectionModel().getSelectedItem().summary().path());

        // Restore snapshot: the restore wizard's target page, then billing; the import ends identical
        clickOn("#restoreSnapshotButton");
        UiHarness.await(10, () -> lookup("#targetNameField").tryQuery().isPresent());
        TextField target = lookup("#targetNameField").queryAs(TextField.class);
        interact(() -> target.setText(source.name()));
        DialogPane targetPage = topDialog().orElseThrow();
        UiHarness.await(20, () -> lookup(".restore-problem").queryAll().stream()
                .anyMatch(n -> n.isVisible() && n instanceof Label l && l.getText().contains(source.name())));
        assertTrue(button(targetPage, ButtonBar.ButtonData.NEXT_FORWARD).isDisabled(), "the source's own name is in use");
        interact(() -> target.setText("restored-from-file"));
        UiHarness.await(20, () -> !button(targetPage, ButtonBar.ButtonData.NEXT_FORWARD).isDisabled());
        Screenshots.save(targetPage.getScene(), "snapshot-6-restore-target");
        clickOn(button(targetPage, ButtonBar.ButtonData.NEXT_FORWARD));
        DialogPane options = topDialog().orElseThrow();
        Screenshots.save(options.getScene(), "snapshot-7-restore-options");
        clickOn(button(options, ButtonBar.ButtonData.FINISH));
        UiHarness.await(120, () -> shown("notify: Snapshot restored") || shown("notifyError: "));
        assertTrue(shown("notify: Snapshot restored: Table restored-from-file restored"), ui.dialogs.shown.toString());
        clickOn("#snapshotJobCancel");

        // Delete asks for the typed confirmation, then removes the files
        interact(() -> snapshotList().getSelectionModel().select(0));
        clickOn("#deleteSnapshotButton");
        UiHarness.await(20, () -> snapshotList().getItems().isEmpty());
        assertTrue(shown("confirmTyped: Delete snapshot"), ui.dialogs.shown.toString());
        assertFalse(Files.exists(written), "the snapshot's folder is gone");
    }

    @Test
    void anAddedFolderIsListedAndRememberedWithoutDeletingWhenNotConfirmed() throws Exception {
        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Settings s = new Settings();
        s.lastConnectionId = "sandbox";
        s.snapshotFolders.add(other.toString());
        ui = new UiHarness(s, dir);
        @SuppressWarnings("unchecked")
        TableView<TableSummary> tables = lookup("#tableList").queryAs(TableView.class);
        UiHarness.await(60, () -> !tables.getItems().isEmpty() && !ui.window.model().loadingProperty().get());
        String table = tables.getItems().get(0).name();
        Path snapshot = other.resolve("kept.zip");
        ui.services.snapshots().export(ui.ctx.session().target(), table, snapshot,
                dev.dynamobackup.service.snapshot.ExportOptions.DEFAULTS,
                dev.dynamobackup.service.snapshot.SnapshotProgress.Listener.NONE,
                new dev.dynamobackup.service.snapshot.CancelSignal());

        showTab(SNAPSHOTS_TAB);
        UiHarness.await(20, () -> snapshotList().getItems().size() == 1);
        assertTrue(lookup("#folderList").queryAs(javafx.scene.control.ListView.class).getItems().contains(other.toString()));
        assertEquals(snapshot, snapshotList().getItems().get(0).summary().path());

        ui.dialogs.answer = false;
        interact(() -> snapshotList().getSelectionModel().select(0));
        clickOn("#deleteSnapshotButton");
        assertTrue(shown("confirmTyped: Delete snapshot"));
        assertTrue(Files.exists(snapshot), "nothing is deleted without the typed Delete");
        assertEquals(1, snapshotList().getItems().size());
    }
}
