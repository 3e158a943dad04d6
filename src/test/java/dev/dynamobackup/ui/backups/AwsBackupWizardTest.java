package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.model.awsbackup.Job;
import dev.dynamobackup.model.awsbackup.JobKind;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.BackupContract;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.ui.Screenshots;
import dev.dynamobackup.ui.UiHarness;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.dynamobackup.ui.UiRobot;
import software.amazon.awssdk.services.backup.model.StartBackupJobRequest;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Backup with AWS Backup" in the create-backup wizard, against the AWS Backup contract server. */
class AwsBackupWizardTest extends UiRobot {
    private final BackupContract contract = new BackupContract();
    private final RequestRecorder recorder = new RequestRecorder();
    @TempDir Path dir;
    private UiHarness ui;
    private ConnectionTarget east;

    @BeforeEach
    void open() throws Exception {
        contract.server().reset();
        contract.moto().createTable("us-east-1", "Orders", "pk", null);
        east = contract.target("us-east-1");
        Settings s = contract.appSettings("us-east-1");
        ui = new UiHarness(s, dir, recorder);
        ui.services.awsBackup().vaults().create(east, "Nightly", null);
        // cold storage of DynamoDB recovery points needs the advanced setting (the contract server checks it)
        ui.services.awsBackup().regionSettings().enableAdvancedDynamoDb(east);
    }

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
        assertEquals(List.of(), contract.server().violations());
    }

    @SuppressWarnings("unchecked")
    private TableView<TableSummary> tableList() {
        return lookup("#tableList").queryAs(TableView.class);
    }

    @Test
    void backupWithAwsBackupStartsAJobThatTheJobsViewFollows() throws Exception {
        UiHarness.await(20, () -> tableList().getItems().stream().anyMatch(t -> t.name().equals("Orders")));
        TableSummary row = tableList().getItems().stream().filter(t -> t.name().equals("Orders")).findFirst().orElseThrow();
        interact(() -> tableList().getSelectionModel().select(row));
        TabPane details = lookup("#tabs").queryAs(TabPane.class);
        interact(() -> details.getSelectionModel().select(1));
        BackupsModel tableModel = ui.window.controller().details().backups().model();
        UiHarness.await(20, () -> !tableModel.loadingProperty().get());
        Node list = from(lookup("#tableBackups").<Node>query()).lookup("#backupList").query();
        clickOn(list);
        press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        UiHarness.await(10, () -> topDialog().isPresent());
        clickOn(button(topDialog().orElseThrow(), ButtonBar.ButtonData.NEXT_FORWARD));

        // settings: choose AWS Backup; a lifecycle AWS Backup refuses keeps Next disabled with the reason
        DialogPane settings = topDialog().orElseThrow();
        clickOn(lookup("#methodAwsBackup").queryAs(RadioButton.class));
        TextField vault = lookup("#awsVault").queryAs(TextField.class);
        TextField cold = lookup("#awsColdAfter").queryAs(TextField.class);
        TextField delete = lookup("#awsDeleteAfter").queryAs(TextField.class);
        interact(() -> {
            vault.setText("Nightly");
            cold.setText("31");
            delete.setText("60");
        });
        assertTrue(button(settings, ButtonBar.ButtonData.NEXT_FORWARD).isDisabled(), "delete before cold + 90 days is refused");
        Screenshots.save(settings.getScene(), "create-backup-aws-backup-invalid-lifecycle");
        interact(() -> delete.setText("366"));
        assertFalse(button(settings, ButtonBar.ButtonData.NEXT_FORWARD).isDisabled());
        Screenshots.save(settings.getScene(), "create-backup-aws-backup-options");
        clickOn(button(settings, ButtonBar.ButtonData.NEXT_FORWARD));

        DialogPane review = topDialog().orElseThrow();
        Screenshots.save(review.getScene(), "create-backup-aws-backup-review");
        clickOn(button(review, ButtonBar.ButtonData.FINISH));

        // the job is started with the wizard's choices and followed by the poller to its end
        try {
            UiHarness.await(30, () -> ui.dialogs.shown.stream().anyMatch(s -> s.startsWith("notify: AWS Backup job: Backup job")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no job notification; shown: " + ui.dialogs.shown + "; sent: " + recorder.all(), e);
        }
        StartBackupJobRequest sent = recorder.of(StartBackupJobRequest.class).get(0);
        assertEquals("Nightly", sent.backupVaultName());
        assertEquals(31L, sent.lifecycle().moveToColdStorageAfterDays());
        assertEquals(366L, sent.lifecycle().deleteAfterDays());
        assertTrue(sent.resourceArn().endsWith(":table/Orders"));
        List<Job> jobs = ui.services.awsBackup().jobs().list(east, JobKind.BACKUP);
        assertEquals(1, jobs.size());
        assertEquals("COMPLETED", jobs.get(0).state());
        assertTrue(ui.dialogs.shown.contains("notify: AWS Backup: 1 backup job(s) started into vault Nightly; the Jobs view follows them."),
                ui.dialogs.shown.toString());
    }
}
