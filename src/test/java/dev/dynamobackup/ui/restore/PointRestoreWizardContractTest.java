package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.RestoreRecord;
import dev.dynamobackup.model.awsbackup.Job;
import dev.dynamobackup.service.RestoreHistory;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.BackupContract;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.ui.Screenshots;
import dev.dynamobackup.ui.UiHarness;
import dev.dynamobackup.ui.backups.BackupsModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.dynamobackup.ui.UiRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.backup.model.StartRestoreJobRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recovery-point restore wizard walked with the robot against the AWS Backup contract server:
 * every page, StartRestoreJob's metadata, the job followed to COMPLETED, the settings replay on the
 * ACTIVE table, the restore-time history; and seed 003's path: a copy in another region restored there.
 */
class PointRestoreWizardContractTest extends UiRobot {
    private static final String KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private final BackupContract contract = new BackupContract();
    private final RequestRecorder recorder = new RequestRecorder();
    @TempDir Path dir;
    private UiHarness ui;
    private ConnectionTarget east;

    @BeforeEach
    void open() throws Exception {
        contract.server().reset();
        contract.moto().createTable("us-east-1", "Orders", "pk", null);
        try (DynamoDbClient ddb = contract.moto().fixture("us-east-1")) {
            for (int i = 0; i < 3; i++) {
                int n = i;
                ddb.putItem(b -> b.tableName("Orders").item(Map.of("pk", AttributeValue.fromS("order-" + n))));
            }
            String arn = ddb.describeTable(b -> b.tableName("Orders")).table().tableArn();
            ddb.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("env").value("prod")));
        }
        east = contract.target("us-east-1");
        Settings s = contract.appSettings("us-east-1");
        ui = new UiHarness(s, dir, recorder);
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

    /** Listed as a recovery point, the list's load finished (a row may come from ListBackups before its point). */
    private boolean listed(String arn) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> !model().loadingProperty().get()
                    && model().rows().stream().anyMatch(r -> r.arn().equals(arn) && model().point(r) != null)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The region's Backups view, the point selected in it, and its Restore. */
    @SuppressWarnings("unchecked")
    private void restoreFromList(String arn) throws Exception {
        showTab(BACKUPS_TAB);
        UiHarness.await(20, () -> listed(arn));
        TableView<BackupSummary> list = lookup("#regionBackups #backupList").queryAs(TableView.class);
        interact(() -> {
            list.getSelectionModel().clearSelection();
            for (int i = 0; i < list.getItems().size(); i++) if (list.getItems().get(i).arn().equals(arn)) list.getSelectionModel().select(i);
        });
        UiHarness.await(10, () -> model().restorableBinding().get() && model().selectedPoint() != null);
        clickOn("#regionBackups #restoreBackupButton");
        UiHarness.await(10, () -> lookup("#targetNameField").tryQuery().isPresent());
    }

    private Scene wizardScene() {
        return listTargetWindows().stream().filter(w -> w != ui.stage && w.isShowing()).findFirst().orElseThrow().getScene();
    }

    private Button wizardButton(String text) {
        return lookup(".button").match(LabeledMatchers.hasText(text)).queryAs(Button.class);
    }

    private void next() throws Exception {
        Button next = wizardButton("Next");
        UiHarness.await(10, () -> !next.isDisabled());
        clickOn(next);
    }

    private void typeTargetName(String name) throws Exception {
        TextField field = lookup("#targetNameField").queryAs(TextField.class);
        interact(field::clear);
        clickOn(field).write(name);
        UiHarness.await(10, () -> lookup("#targetNote").queryAs(Label.class).getText().contains("is free"));
    }

    private String review() {
        return lookup("#reviewGrid").queryAs(GridPane.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    private boolean shown(String prefix) {
        return ui.dialogs.shown.stream().anyMatch(m -> m.startsWith(prefix));
    }

    @Test
    void everyPageOfTheRecoveryPointRestoreAndTheReplayOnceTheJobCompleted() throws Exception {
        String arn = newPoint("Default");
        restoreFromList(arn);

        // page 1: the suggested name is checked free; a name in use keeps Next off
        UiHarness.await(10, () -> lookup("#targetNote").queryAs(Label.class).getText().contains("Orders-restored"));
        Screenshots.save(wizardScene(), "point-restore-1-target");
        TextField name = lookup("#targetNameField").queryAs(TextField.class);
        interact(name::clear);
        clickOn(name).write("Orders");
        UiHarness.await(10, () -> lookup(".restore-problem").queryAll().stream()
                .anyMatch(n -> n.isVisible() && ((Label) n).getText().contains("already exists")));
        assertTrue(wizardButton("Next").isDisabled(), "Next stays off for a name in use");
        typeTargetName("OrdersFromPoint");
        next();

        // page 2: the key and the role, validated live
        clickOn("#pointSseCustomer");
        TextField kms = lookup("#pointKmsField").queryAs(TextField.class);
        clickOn(kms).write("not-a-key");
        UiHarness.await(5, () -> wizardButton("Next").isDisabled());
        TextField role = lookup("#pointRoleField").queryAs(TextField.class);
        Screenshots.save(wizardScene(), "point-restore-2-options-invalid");
        interact(() -> kms.setText(KEY));
        clickOn(role).write("BackupRole");
        UiHarness.await(5, () -> wizardButton("Next").isDisabled());
        interact(role::clear);
        UiHarness.await(5, () -> !wizardButton("Next").isDisabled());
        Screenshots.save(wizardScene(), "point-restore-2-options");
        next();

        // page 3: what is sent, what an AWS Backup restore cannot change, the replay of the source's tags
        UiHarness.await(5, () -> lookup("#restoreButton").tryQuery().isPresent());
        String review = review();
        assertTrue(review.contains("StartRestoreJob"), review);
        assertTrue(review.contains(arn) && review.contains("in vault Default"), review);
        assertTrue(review.contains("OrdersFromPoint  (us-east-1)"), review);
        assertTrue(review.contains("Customer managed key " + KEY), review);
        assertTrue(review.contains("service-role/AWSBackupDefaultServiceRole"), review);
        assertTrue(lookup("#notCarried").queryAs(Label.class).getText().contains("capacity mode"));
        UiHarness.await(10, () -> lookup("#replay-TAGS").tryQuery().isPresent());
        assertTrue(lookup("#replay-TAGS").queryAs(CheckBox.class).isSelected());
        Screenshots.save(wizardScene(), "point-restore-3-review");
        clickOn("#restoreButton");

        UiHarness.await(30, () -> shown("notify: AWS Backup job: Restore job"));
        UiHarness.await(30, () -> shown("notify: Settings re-applied to OrdersFromPoint"));
        StartRestoreJobRequest sent = recorder.of(StartRestoreJobRequest.class).get(0);
        assertEquals(arn, sent.recoveryPointArn());
        assertEquals("DynamoDB", sent.resourceType());
        assertEquals(Map.of("targetTableName", "OrdersFromPoint", "encryptionType", "KMS", "kmsMasterKeyArn", KEY), sent.metadata());
        assertEquals("arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole", sent.iamRoleArn());
        try (DynamoDbClient ddb = contract.moto().fixture("us-east-1")) {
            assertEquals(3, ddb.scan(b -> b.tableName("OrdersFromPoint")).count());
            String restored = ddb.describeTable(b -> b.tableName("OrdersFromPoint")).table().tableArn();
            assertEquals("prod", ddb.listTagsOfResource(b -> b.resourceArn(restored)).tags().get(0).value());
        }
        UiHarness.await(10, () -> !new RestoreHistory(ui.dirs.dataDir()).forSource("us-east-1", "Orders").isEmpty());
        RestoreRecord record = new RestoreHistory(ui.dirs.dataDir()).forSource("us-east-1", "Orders").get(0);
        assertEquals("OrdersFromPoint", record.targetTable());
        assertEquals("AWS_BACKUP", record.kind());
        UiHarness.await(10, () -> ui.window.model().tables().stream().anyMatch(t -> t.name().equals("OrdersFromPoint")));
    }

    @Test
    void aCopyInAnotherRegionIsListedThereAndRestoresThere() throws Exception {
        ui.services.awsBackup().regionSettings().enableAdvancedDynamoDb(east); // cross-region copies need it
        String arn = newPoint("Default");
        ConnectionTarget west = contract.target("us-west-2");
        String westVault = ui.services.awsBackup().vaults().create(west, "DR", null).arn();
        showTab(BACKUPS_TAB);
        UiHarness.await(20, () -> listed(arn));
        @SuppressWarnings("unchecked")
        TableView<BackupSummary> list = lookup("#regionBackups #backupList").queryAs(TableView.class);
        interact(() -> {
            for (int i = 0; i < list.getItems().size(); i++) if (list.getItems().get(i).arn().equals(arn)) list.getSelectionModel().select(i);
        });
        // what "Copy recovery point to a vault…" sends once the vault ARN is given (its dialog: RecoveryPointsViewTest)
        interact(() -> model().copyPoint(model().selectedPoint(), westVault));
        UiHarness.await(30, () -> shown("notify: AWS Backup job: Copy job"));
        Job copy = ui.services.awsBackup().jobs().list(east, dev.dynamobackup.model.awsbackup.JobKind.COPY).get(0);
        String copyArn = copy.createdResourceArn();
        assertTrue(copyArn.startsWith("arn:aws:backup:us-west-2:"), copyArn);

        // the copy is listed in its region: switch there and restore it
        interact(() -> ui.window.model().regionProperty().set("us-west-2"));
        restoreFromList(copyArn);
        assertFalse(listed(arn), "the source region's point is not listed in us-west-2");
        typeTargetName("OrdersDr");
        next();
        next();
        UiHarness.await(5, () -> lookup("#restoreButton").tryQuery().isPresent());
        assertTrue(review().contains("OrdersDr  (us-west-2)"), review());
        // the source table lives in us-east-1: its settings are read there and offered for the replay
        UiHarness.await(10, () -> lookup("#replay-TAGS").tryQuery().isPresent());
        Screenshots.save(wizardScene(), "point-restore-copy-review");
        clickOn("#restoreButton");

        UiHarness.await(30, () -> shown("notify: Settings re-applied to OrdersDr"));
        StartRestoreJobRequest sent = recorder.of(StartRestoreJobRequest.class).get(0);
        assertEquals(copyArn, sent.recoveryPointArn());
        assertEquals(Map.of("targetTableName", "OrdersDr"), sent.metadata());
        try (DynamoDbClient ddb = contract.moto().fixture("us-west-2")) {
            assertEquals(3, ddb.scan(b -> b.tableName("OrdersDr")).count());
            String restored = ddb.describeTable(b -> b.tableName("OrdersDr")).table().tableArn();
            assertEquals("env", ddb.listTagsOfResource(b -> b.resourceArn(restored)).tags().get(0).key());
        }
        try (DynamoDbClient ddb = contract.moto().fixture("us-east-1")) {
            assertTrue(ddb.listTables().tableNames().stream().noneMatch("OrdersDr"::equals), "nothing restored in the source region");
        }
        Screenshots.save(ui.stage.getScene(), "point-restore-copy-main-window");
    }
}
