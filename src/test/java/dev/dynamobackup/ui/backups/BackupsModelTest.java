package dev.dynamobackup.ui.backups;

import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.settings.AppDirs;
import dev.dynamobackup.tasks.SameThreadTaskRunner;
import dev.dynamobackup.tasks.StatusPoller;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.testing.WithMoto;
import dev.dynamobackup.ui.RecordingDialogService;
import dev.dynamobackup.ui.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DeleteBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backups list's presentation model on a same-thread runner against moto (no window). */
@WithMoto
class BackupsModelTest {
    @TempDir Path dir;
    private final RequestRecorder recorder = new RequestRecorder();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AppServices services;
    private StatusPoller poller;

    @AfterEach
    void close() {
        if (services != null) services.close();
    }

    private BackupsModel model(Moto moto, boolean perTable) {
        services = AppServices.create(ClientOptions.forTests(recorder), new AppDirs(dir.resolve("config"), dir.resolve("data")));
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        poller = new StatusPoller(tasks, (d, a) -> () -> { });
        UiContext ctx = new UiContext(services, tasks, poller, dialogs, null, null, () -> { }, uri -> { });
        return new BackupsModel(new BackupActions(ctx), perTable);
    }

    @Test
    void theSandboxShowsWhyAndCallsNothing(Moto moto) {
        BackupsModel model = model(moto, false);
        model.setScope(new ConnectionTarget(Connection.sandbox(), "us-east-1"), null);
        model.setActive(true);
        model.refresh();
        assertTrue(model.unavailableProperty().get().orElseThrow().contains("DynamoDB Local"), model.unavailableProperty().get().toString());
        assertEquals(Optional.empty(), model.errorProperty().get());
        assertEquals(0, recorder.count());
    }

    @Test
    void aReversedDateRangeIsExplainedAndNotSent(Moto moto) {
        moto.createTable("us-east-1", "Orders", "pk", null);
        BackupsModel model = model(moto, false);
        model.setScope(moto.target("us-east-1"), null);
        model.setActive(true);
        model.fromProperty().set(LocalDate.of(2026, 11, 3));
        recorder.clear();
        model.toProperty().set(LocalDate.of(2026, 11, 1));
        assertEquals(0, recorder.count(), "a range that matches nothing is not sent");
        assertTrue(model.errorProperty().get().orElseThrow().what().contains("which is not before its end"), model.errorProperty().get().toString());

        model.toProperty().set(LocalDate.of(2026, 11, 3)); // the same day: from its start to its end
        assertEquals(1, recorder.of(ListBackupsRequest.class).size());
        assertEquals(Optional.empty(), model.errorProperty().get());
    }

    @Test
    void loadsOnlyWhenShownAndSendsTheDateBounds(Moto moto) {
        moto.createTable("us-east-1", "Orders", "pk", null);
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            ddb.createBackup(b -> b.tableName("Orders").backupName("orders-1"));
        }
        BackupsModel model = model(moto, true);
        model.setScope(moto.target("us-east-1"), "Orders");
        assertEquals(0, recorder.count(), "hidden: no call");

        model.setActive(true);
        assertEquals(1, model.rows().size());
        assertEquals("Orders", recorder.of(ListBackupsRequest.class).get(0).tableName());

        LocalDate today = LocalDate.now();
        model.fromProperty().set(today.plusDays(1));
        ListBackupsRequest sent = recorder.of(ListBackupsRequest.class).get(1);
        assertEquals(today.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant(), sent.timeRangeLowerBound());
        assertEquals(0, model.rows().size(), "moto ignores the bound; the client applies it");
        assertTrue(poller.isIdle(), "nothing CREATING: the poller has nothing to do and schedules nothing");
    }

    @Test
    void aFailedDeleteIsExplainedInTheNotification(Moto moto) {
        moto.createTable("us-east-1", "Orders", "pk", null);
        BackupsModel model = model(moto, false);
        model.setScope(moto.target("us-east-1"), null);
        BackupSummary gone = new BackupSummary("arn:aws:dynamodb:us-east-1:123456789012:table/Orders/backup/0-gone", "old",
                "Orders", null, "AVAILABLE", BackupType.USER, 1, Instant.now(), null);
        model.selection().setAll(gone);

        BulkProgressModel progress = model.delete(List.of(gone));

        assertEquals(1, progress.failures());
        String shown = dialogs.shown.get(dialogs.shown.size() - 1);
        assertTrue(shown.startsWith("notifyError: Not everything went through: old: The backup was not found in us-east-1"), shown);
        assertTrue(progress.finishedProperty().get());
    }

    @Test
    void deleteTakesTheListedBackupsNotTheSelectionOfTheMoment(Moto moto) {
        moto.createTable("us-east-1", "Orders", "pk", null);
        String listedArn;
        String selectedArn;
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            listedArn = ddb.createBackup(b -> b.tableName("Orders").backupName("listed")).backupDetails().backupArn();
            selectedArn = ddb.createBackup(b -> b.tableName("Orders").backupName("selected-later")).backupDetails().backupArn();
        }
        BackupsModel model = model(moto, false);
        model.setScope(moto.target("us-east-1"), null);
        model.setActive(true);
        BackupSummary listed = model.rows().stream().filter(b -> b.arn().equals(listedArn)).findFirst().orElseThrow();
        BackupSummary other = model.rows().stream().filter(b -> b.arn().equals(selectedArn)).findFirst().orElseThrow();
        model.selection().setAll(other);
        recorder.clear();

        BulkProgressModel progress = model.delete(List.of(listed));

        assertEquals(0, progress.failures());
        assertEquals(List.of(listedArn), recorder.of(DeleteBackupRequest.class).stream().map(DeleteBackupRequest::backupArn).toList());
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertEquals(List.of("selected-later"), ddb.listBackups(b -> b.backupType("ALL")).backupSummaries().stream()
                    .map(software.amazon.awssdk.services.dynamodb.model.BackupSummary::backupName).toList());
        }
    }

    @Test
    void selectionWithAnAwsBackupRowCannotBeDeleted(Moto moto) {
        BackupsModel model = model(moto, false);
        assertTrue(model.deleteBlockedProperty().get().isPresent(), "nothing selected");
        BackupSummary user = new BackupSummary("arn:aws:dynamodb:us-east-1:1:table/T/backup/1", "u", "T", null, "AVAILABLE",
                BackupType.USER, 1, Instant.now(), null);
        BackupSummary owned = new BackupSummary("arn:aws:backup:us-east-1:1:recovery-point:2", "a", "T", null, "AVAILABLE",
                BackupType.AWS_BACKUP, 1, Instant.now(), null);
        model.selection().setAll(user);
        assertEquals(Optional.empty(), model.deleteBlockedProperty().get());
        model.selection().setAll(user, owned);
        assertTrue(model.deleteBlockedProperty().get().orElseThrow().contains("DeleteRecoveryPoint"));
    }
}
