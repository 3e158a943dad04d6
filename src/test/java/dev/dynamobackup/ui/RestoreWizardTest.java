package dev.dynamobackup.ui;

import dev.dynamobackup.model.RestoreRecord;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.service.RestoreHistory;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.testing.WithMoto;
import dev.dynamobackup.ui.restore.RestoreWizards;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.controlsfx.dialog.Wizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both restore wizards walked end to end with the robot against moto; every page is saved as a screenshot. */
@WithMoto
class RestoreWizardTest extends FxRobot {
    @TempDir Path dir;
    private final RequestRecorder recorder = new RequestRecorder();
    private UiHarness ui;

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
    }

    private static String seed(Moto moto) {
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            ddb.createTable(b -> b.tableName("Thread").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(Moto.attr("ForumName"), Moto.attr("Subject"), Moto.attr("LastPostedBy"), Moto.attr("Tag"))
                    .keySchema(Moto.key("ForumName", KeyType.HASH), Moto.key("Subject", KeyType.RANGE))
                    .globalSecondaryIndexes(
                            g -> g.indexName("ByPoster").keySchema(Moto.key("LastPostedBy", KeyType.HASH))
                                    .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)),
                            g -> g.indexName("ByTag").keySchema(Moto.key("Tag", KeyType.HASH))
                                    .projection(p -> p.projectionType(ProjectionType.ALL))));
            for (int i = 0; i < 4; i++) {
                int n = i;
                ddb.putItem(b -> b.tableName("Thread").item(Map.of("ForumName", AttributeValue.fromS("S3"),
                        "Subject", AttributeValue.fromS("topic " + n), "LastPostedBy", AttributeValue.fromS("ann"))));
            }
            String arn = ddb.describeTable(b -> b.tableName("Thread")).table().tableArn();
            ddb.tagResource(b -> b.resourceArn(arn).tags(t -> t.key("env").value("prod")));
            ddb.updateContinuousBackups(b -> b.tableName("Thread").pointInTimeRecoverySpecification(
                    s -> s.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(7)));
            return ddb.createBackup(b -> b.tableName("Thread").backupName("Thread-nightly")).backupDetails().backupArn();
        }
    }

    private Settings settingsFor(Moto moto) {
        Settings s = UiHarness.onEndpoint(moto.endpoint(), "us-east-1");
        return s;
    }

    @SuppressWarnings("unchecked")
    private List<String> shownNames() {
        return ((TableView<TableSummary>) lookup("#tableList").queryAs(TableView.class)).getItems().stream()
                .map(TableSummary::name).toList();
    }

    private Button wizardButton(String text) {
        return lookup(".button").match(LabeledMatchers.hasText(text)).queryAs(Button.class);
    }

    private void next() throws Exception {
        Button next = wizardButton("Next");
        UiHarness.await(10, () -> !next.isDisabled());
        clickOn(next);
    }

    /** The scene of the open wizard (its pages replace one another as the dialog pane). */
    private javafx.scene.Scene wizardScene() {
        return listTargetWindows().stream().filter(w -> w != ui.stage && w.isShowing()).findFirst().orElseThrow().getScene();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void typeTargetName(String name) throws Exception {
        TextField field = lookup("#targetNameField").queryAs(TextField.class);
        interact(field::clear);
        clickOn(field).write(name);
        UiHarness.await(10, () -> lookup("#targetNote").queryAs(Label.class).getText().contains("is free"));
    }

    @Test
    void restoreFromBackupWalksEveryPageAndTheNewTableShowsUp(Moto moto) throws Exception {
        String arn = seed(moto);
        moto.createTable("us-east-1", "Taken", "pk", null);
        ui = new UiHarness(settingsFor(moto), dir, recorder);
        UiHarness.await(20, () -> shownNames().size() == 2);

        AtomicReference<Wizard> wizard = new AtomicReference<>();
        interact(() -> wizard.set(RestoreWizards.openRestoreFromBackup(ui.ctx, arn)));
        UiHarness.await(10, () -> "Thread".equals(text("#sourceTable")));
        assertTrue(text("#sourceBackupName").startsWith("Thread-nightly"));
        assertTrue(text("#sourceIndexes").contains("GSI ByPoster") && text("#sourceIndexes").contains("GSI ByTag"));
        Screenshots.save(wizard.get().getDialog().getDialogPane().getScene(), "restore-backup-1-source");
        next();

        // the suggested name is free; a taken name is refused before anything is sent
        UiHarness.await(10, () -> lookup("#targetNote").queryAs(Label.class).getText().contains("is free"));
        TextField name = lookup("#targetNameField").queryAs(TextField.class);
        interact(name::clear);
        clickOn(name).write("Taken");
        UiHarness.await(10, () -> lookup(".restore-problem").queryAll().stream()
                .anyMatch(n -> n.isVisible() && ((Label) n).getText().contains("already exists")));
        assertTrue(wizardButton("Next").isDisabled(), "Next stays off for a name in use");
        Screenshots.save(wizard.get().getDialog().getDialogPane().getScene(), "restore-backup-2-target-taken");
        typeTargetName("ThreadRestored");
        Screenshots.save(wizard.get().getDialog().getDialogPane().getScene(), "restore-backup-2-target");
        next();

        clickOn("#customizeRadio");
        clickOn("#keepGsi-ByPoster");
        clickOn("#billingProvisioned");
        TextField read = lookup("#readField").queryAs(TextField.class);
        interact(read::clear);
        assertTrue(wizardButton("Next").isDisabled(), "an empty capacity is refused live");
        clickOn(read).write("12");
        UiHarness.await(5, () -> !wizardButton("Next").isDisabled());
        clickOn("#sseManaged");
        Screenshots.save(wizard.get().getDialog().getDialogPane().getScene(), "restore-backup-3-settings");
        next();

        UiHarness.await(5, () -> lookup("#restoreButton").tryQuery().isPresent());
        String review = lookup("#reviewGrid").queryAs(javafx.scene.layout.GridPane.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(review.contains("RestoreTableFromBackup"), review);
        assertTrue(review.contains("Keep only: ByTag"), review);
        assertTrue(review.contains("Provisioned: 12 read, 5 write units"), review);
        UiHarness.await(10, () -> lookup("#replay-TAGS").tryQuery().isPresent());
        assertTrue(lookup("#replay-TAGS").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        Screenshots.save(wizard.get().getDialog().getDialogPane().getScene(), "restore-backup-4-review");
        clickOn("#restoreButton");

        UiHarness.await(20, () -> shownNames().contains("ThreadRestored"));
        UiHarness.await(20, () -> ui.dialogs.shown.stream().anyMatch(s -> s.startsWith("notify: Restore finished: Table ThreadRestored is ACTIVE")));
        UiHarness.await(20, () -> ui.dialogs.shown.stream().anyMatch(s -> s.startsWith("notify: Settings re-applied to ThreadRestored")));
        RestoreTableFromBackupRequest sent = recorder.of(RestoreTableFromBackupRequest.class).get(0);
        assertEquals("ThreadRestored", sent.targetTableName());
        assertEquals(List.of("ByTag"), sent.globalSecondaryIndexOverride().stream().map(GlobalSecondaryIndex::indexName).toList());
        assertEquals(12L, sent.provisionedThroughputOverride().readCapacityUnits());
        assertTrue(sent.sseSpecificationOverride().enabled());
        UiHarness.await(10, () -> !new RestoreHistory(ui.dirs.dataDir()).forSource("us-east-1", "Thread").isEmpty());
        RestoreRecord record = new RestoreHistory(ui.dirs.dataDir()).forSource("us-east-1", "Thread").get(0);
        assertEquals("ThreadRestored", record.targetTable());
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertEquals(4, ddb.scan(b -> b.tableName("ThreadRestored")).count());
            String restoredArn = ddb.describeTable(b -> b.tableName("ThreadRestored")).table().tableArn();
            assertEquals("env", ddb.listTagsOfResource(b -> b.resourceArn(restoredArn)).tags().get(0).key());
        }
        Screenshots.save(ui.stage.getScene(), "restore-backup-5-main-window");
    }

    @Test
    void restoreToPointInTimeWalksEveryPageAndRecordsTheRestoreInTheHistory(Moto moto) throws Exception {
        seed(moto);
        ui = new UiHarness(settingsFor(moto), dir, recorder);
        UiHarness.await(20, () -> shownNames().size() == 1);
        @SuppressWarnings("unchecked")
        TableView<TableSummary> list = lookup("#tableList").queryAs(TableView.class);
        interact(() -> list.getSelectionModel().select(0));
        UiHarness.await(10, () -> lookup("#tableName").queryAs(Label.class).getText().equals("Thread"));
        javafx.scene.control.TabPane tabs = lookup("#tabs").queryAs(javafx.scene.control.TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "pitrTab".equals(t.getId())).findFirst().orElseThrow()));
        UiHarness.await(10, () -> "7 days".equals(text("#pitrTabPeriod")));
        assertEquals("On", text("#pitrTabStatus"));
        assertTrue(lookup("#estimate").queryAs(Label.class).getText().contains("estimate"));
        Screenshots.save(ui.stage.getScene(), "pitr-tab");
        clickOn("#pitrRestoreButton");

        UiHarness.await(10, () -> "On".equals(text("#pitrStatus")));
        Screenshots.save(wizardScene(), "restore-pitr-1-source");
        next();

        clickOn("#timeChosen");
        javafx.scene.control.DatePicker date = lookup("#timeDate").queryAs(javafx.scene.control.DatePicker.class);
        interact(() -> date.setValue(java.time.LocalDate.of(2001, 1, 1)));
        UiHarness.await(5, () -> wizardButton("Next").isDisabled());
        assertTrue(lookup(".restore-problem").queryAll().stream().anyMatch(n -> n.isVisible()
                && ((Label) n).getText().contains("recovery window")), "a time outside the window is refused");
        Screenshots.save(wizardScene(), "restore-pitr-2-time-outside");
        // back inside the window: the latest restorable second, in UTC (whole seconds are typed)
        java.time.Instant latest;
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            latest = ddb.describeContinuousBackups(b -> b.tableName("Thread")).continuousBackupsDescription()
                    .pointInTimeRecoveryDescription().latestRestorableDateTime();
        }
        java.time.ZonedDateTime utc = latest.atZone(java.time.ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<java.time.ZoneId> zone = lookup("#timeZone").queryAs(javafx.scene.control.ComboBox.class);
        interact(() -> {
            zone.setValue(zone.getItems().stream().filter(z -> z.normalized().equals(java.time.ZoneOffset.UTC)).findFirst().orElseThrow());
            date.setValue(utc.toLocalDate());
        });
        TextField time = lookup("#timeField").queryAs(TextField.class);
        interact(time::clear);
        clickOn(time).write(utc.toLocalTime().withNano(0).toString());
        UiHarness.await(5, () -> !wizardButton("Next").isDisabled());
        Screenshots.save(wizardScene(), "restore-pitr-2-time");
        next();

        typeTargetName("ThreadAtTime");
        next();
        Screenshots.save(wizardScene(), "restore-pitr-3-settings");
        next();
        UiHarness.await(10, () -> lookup("#replay-PITR").tryQuery().isPresent());
        Screenshots.save(wizardScene(), "restore-pitr-4-review");
        clickOn("#restoreButton");

        UiHarness.await(20, () -> shownNames().contains("ThreadAtTime"));
        UiHarness.await(20, () -> ui.dialogs.shown.stream().anyMatch(s -> s.startsWith("notify: Restore finished: Table ThreadAtTime")));
        RestoreTableToPointInTimeRequest sent = recorder.of(RestoreTableToPointInTimeRequest.class).get(0);
        assertEquals("Thread", sent.sourceTableName());
        assertEquals(null, sent.useLatestRestorableTime());
        assertEquals(latest.getEpochSecond(), sent.restoreDateTime().getEpochSecond(), "the chosen time was sent");
        assertFalse(sent.hasGlobalSecondaryIndexOverride());
        // the history shows in the source table's PITR tab
        @SuppressWarnings("unchecked")
        TableView<RestoreRecord> history = lookup("#historyList").queryAs(TableView.class);
        UiHarness.await(20, () -> history.getItems().stream().anyMatch(r -> r.targetTable().equals("ThreadAtTime")));
        // the replay turned PITR on for the new table (7 days, as the source), and its row shows it
        UiHarness.await(20, () -> ui.window.model().tables().stream().anyMatch(t -> t.name().equals("ThreadAtTime")
                && t.pitr() == dev.dynamobackup.model.PitrStatus.ENABLED));
        Screenshots.save(ui.stage.getScene(), "pitr-tab-with-history");
    }
}
