package dev.dynamobackup.ui.jobs;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.RestoreRecord;
import dev.dynamobackup.model.awsbackup.Job;
import dev.dynamobackup.model.awsbackup.JobKind;
import dev.dynamobackup.model.awsbackup.JobStarted;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.BackupContract;
import dev.dynamobackup.ui.Screenshots;
import dev.dynamobackup.ui.UiHarness;
import dev.dynamobackup.ui.session.UiEvent;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.dynamobackup.ui.UiRobot;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Jobs view against the AWS Backup contract server: jobs listed, followed by the poller, notified. */
class JobsViewTest extends UiRobot {
    private final BackupContract contract = new BackupContract();
    @TempDir Path dir;
    private UiHarness ui;
    private ConnectionTarget east;

    @BeforeEach
    void open() throws Exception {
        contract.server().reset();
        contract.moto().createTable("us-east-1", "Orders", "pk", null);
        try (DynamoDbClient ddb = contract.moto().fixture("us-east-1")) {
            for (int i = 0; i < 3; i++) {
                String pk = "order-" + i;
                ddb.putItem(b -> b.tableName("Orders").item(Map.of("pk", AttributeValue.fromS(pk))));
            }
        }
        east = contract.target("us-east-1");
        Settings s = contract.appSettings("us-east-1");
        ui = new UiHarness(s, dir);
        ui.services.awsBackup().vaults().create(east, "Default", null);
    }

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
        assertEquals(List.of(), contract.server().violations());
    }

    /** The model the main window holds: it follows jobs whether or not the Jobs view was ever loaded. */
    private JobsModel model() {
        return ui.window.controller().jobsModel();
    }

    private String ordersArn() {
        return ui.services.awsBackup().selections().tableArn(east, "Orders");
    }

    private Job row(String id) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> model().jobs().stream()
                .filter(j -> j.id().equals(id)).findFirst().orElse(null)).get();
    }

    @Test
    void aBackupJobIsFollowedToCompletionAndNotified() throws Exception {
        List<UiEvent.JobFinished> finished = new CopyOnWriteArrayList<>();
        interact(() -> ui.ctx.events().subscribe(UiEvent.JobFinished.class, finished::add));
        JobStarted started = ui.services.awsBackup().jobs().startBackup(east, ordersArn(), "Default", null, null);
        interact(() -> model().follow(east, started));

        UiHarness.await(30, () -> !ui.dialogs.shown.isEmpty());
        assertEquals(List.of("notify: AWS Backup job: Backup job " + started.id() + " completed."), ui.dialogs.shown);
        assertEquals("COMPLETED", row(started.id()).state());
        assertEquals(100.0, row(started.id()).percentDone());
        assertEquals(1, finished.size());
        UiHarness.await(10, ui.poller::isIdle);

        // the view loads when its tab is first shown, with the rows the model followed meanwhile
        assertTrue(lookup("#jobTable").tryQuery().isEmpty());
        showTab(JOBS_TAB);
        UiHarness.await(10, () -> !model().loadingProperty().get() && !model().jobs().isEmpty());
        TableView<?> table = lookup("#jobTable").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        Screenshots.save(table.getScene(), "jobs-view");
    }

    @Test
    void aRestoreJobIsRecordedInTheRestoreHistory() throws Exception {
        JobStarted backup = ui.services.awsBackup().jobs().startBackup(east, ordersArn(), "Default", null, null);
        Job done = ui.services.awsBackup().jobs().await(east, backup, java.time.Duration.ofMillis(20), java.time.Duration.ofSeconds(10));
        List<UiEvent.RestoreRecorded> recorded = new CopyOnWriteArrayList<>();
        interact(() -> ui.ctx.events().subscribe(UiEvent.RestoreRecorded.class, recorded::add));

        JobStarted restore = ui.services.awsBackup().jobs().startRestore(east, done.recoveryPointArn(), "OrdersRestored", null);
        interact(() -> model().follow(east, restore));

        UiHarness.await(30, () -> !recorded.isEmpty());
        RestoreRecord record = recorded.get(0).record();
        assertEquals("Orders", record.sourceTable());
        assertEquals("OrdersRestored", record.targetTable());
        assertEquals("AWS_BACKUP", record.kind());
        assertTrue(ui.services.recovery().history().readAll().stream().anyMatch(r -> r.targetTable().equals("OrdersRestored")));
        assertEquals(JobKind.RESTORE, row(restore.id()).kind());
        try (DynamoDbClient ddb = contract.moto().fixture("us-east-1")) {
            assertEquals(3, ddb.scan(b -> b.tableName("OrdersRestored")).count());
        }
    }

    @Test
    void theRestoredTableIsNamedFromItsArn() throws Exception {
        assertEquals("", JobsModel.tableName(null));
        assertEquals("Orders", JobsModel.tableName("arn:aws:dynamodb:us-east-1:123456789012:table/Orders"));
    }
}
