package dev.dynamobackup.ui;

import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "Point-in-time recovery" tab against moto: enable (after the charges notice), change the period, disable. */
@WithMoto
class PitrTabTest extends FxRobot {
    @TempDir Path dir;
    private UiHarness ui;

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private void setDays(int days) {
        Spinner<Integer> spinner = lookup("#pitrDays").queryAs(Spinner.class);
        interact(() -> spinner.getValueFactory().setValue(days));
    }

    private void showPitrTab() {
        TabPane tabs = lookup("#tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "pitrTab".equals(t.getId())).findFirst().orElseThrow()));
    }

    /** The app against moto, its one table selected and the table's PITR tab shown. */
    private TableView<TableSummary> openPitrTabOfTheOnlyTable(Moto moto) throws Exception {
        Settings s = UiHarness.onEndpoint(moto.endpoint(), "us-east-1");
        ui = new UiHarness(s, dir);
        @SuppressWarnings("unchecked")
        TableView<TableSummary> list = lookup("#tableList").queryAs(TableView.class);
        UiHarness.await(20, () -> list.getItems().size() == 1);
        interact(() -> list.getSelectionModel().select(0));
        showPitrTab();
        return list;
    }

    @Test
    void enableChangePeriodAndDisableFromTheTab(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        TableView<TableSummary> list = openPitrTabOfTheOnlyTable(moto);
        UiHarness.await(10, () -> "Off".equals(text("#pitrTabStatus")));
        assertTrue(lookup("#pitrDisableButton").queryAs(Button.class).isDisabled());
        Screenshots.save(ui.stage.getScene(), "details-pitr-tab"); // loaded on its first selection

        setDays(10);
        clickOn("#pitrEnableButton");

        UiHarness.await(10, () -> "10 days".equals(text("#pitrTabPeriod")));
        assertEquals("On", text("#pitrTabStatus"));
        assertTrue(ui.dialogs.shown.contains("confirm: Enable point-in-time recovery for Orders"), ui.dialogs.shown.toString());
        assertEquals(PitrStatus.ENABLED, list.getItems().get(0).pitr(), "the list's PITR column follows");
        assertEquals("Orders", list.getSelectionModel().getSelectedItem().name(), "the selection is kept");
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertEquals(10, ddb.describeContinuousBackups(b -> b.tableName("Orders")).continuousBackupsDescription()
                    .pointInTimeRecoveryDescription().recoveryPeriodInDays());
        }

        setDays(21);
        int asked = ui.dialogs.shown.size();
        clickOn("#pitrPeriodButton");
        UiHarness.await(10, () -> "21 days".equals(text("#pitrTabPeriod")));
        assertEquals(asked, ui.dialogs.shown.size(), "lengthening asks nothing: " + ui.dialogs.shown);

        setDays(5);
        clickOn("#pitrPeriodButton");
        UiHarness.await(10, () -> "5 days".equals(text("#pitrTabPeriod")));
        assertTrue(ui.dialogs.shown.contains("confirm: Shorten the recovery period of Orders"), ui.dialogs.shown.toString());
        String question = ui.dialogs.questions.get(ui.dialogs.questions.size() - 1);
        assertTrue(question.startsWith("The recovery period goes from 21 to 5 days: restore points older than 5 days are deleted"), question);
        assertTrue(question.contains("No restore point is older than 5 days yet, so none is lost now"), "just enabled: " + question);

        clickOn("#pitrDisableButton");
        UiHarness.await(10, () -> "Off".equals(text("#pitrTabStatus")));
        String disable = ui.dialogs.shown.stream().filter(m -> m.startsWith("confirmTyped: Disable point-in-time recovery for Orders: "))
                .findFirst().orElseThrow(() -> new AssertionError(ui.dialogs.shown.toString()));
        assertTrue(disable.contains("Its restore points are deleted: up to 5 days of them"), disable);
        assertTrue(disable.endsWith("[Orders, Disable]"), "the table name or Disable, as the CLI asks: " + disable);
        assertEquals(PitrStatus.DISABLED, list.getItems().get(0).pitr());
    }

    @Test
    void declinedNoticeChangesNothing(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        TableView<TableSummary> list = openPitrTabOfTheOnlyTable(moto);
        ui.dialogs.answer = false;
        UiHarness.await(10, () -> "Off".equals(text("#pitrTabStatus")));

        clickOn("#pitrEnableButton");

        assertTrue(ui.dialogs.shown.contains("confirm: Enable point-in-time recovery for Orders"), ui.dialogs.shown.toString());
        assertEquals("Off", text("#pitrTabStatus"));
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertEquals("DISABLED", ddb.describeContinuousBackups(b -> b.tableName("Orders")).continuousBackupsDescription()
                    .pointInTimeRecoveryDescription().pointInTimeRecoveryStatusAsString());
        }
    }

    @Test
    void declinedShorteningOrDisablingChangesNothing(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            ddb.updateContinuousBackups(b -> b.tableName("Orders")
                    .pointInTimeRecoverySpecification(p -> p.pointInTimeRecoveryEnabled(true).recoveryPeriodInDays(20)));
        }
        TableView<TableSummary> list = openPitrTabOfTheOnlyTable(moto);
        ui.dialogs.answer = false;
        UiHarness.await(10, () -> "20 days".equals(text("#pitrTabPeriod")));

        setDays(3);
        clickOn("#pitrPeriodButton");
        clickOn("#pitrDisableButton");

        assertTrue(ui.dialogs.shown.contains("confirm: Shorten the recovery period of Orders"), ui.dialogs.shown.toString());
        assertTrue(ui.dialogs.shown.stream().anyMatch(m -> m.startsWith("confirmTyped: Disable point-in-time recovery")), ui.dialogs.shown.toString());
        assertEquals("20 days", text("#pitrTabPeriod"));
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            var pitr = ddb.describeContinuousBackups(b -> b.tableName("Orders")).continuousBackupsDescription()
                    .pointInTimeRecoveryDescription();
            assertEquals("ENABLED", pitr.pointInTimeRecoveryStatusAsString());
            assertEquals(20, pitr.recoveryPeriodInDays());
        }
    }

    @Test
    void aDamagedRestoreHistoryIsSaidOnceAndKeptAside(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        java.nio.file.Path history = dir.resolve("data").resolve(dev.dynamobackup.service.RestoreHistory.FILE_NAME);
        java.nio.file.Files.createDirectories(history.getParent());
        java.nio.file.Files.writeString(history, "[{\"region\": \"us-e");
        TableView<TableSummary> list = openPitrTabOfTheOnlyTable(moto);

        UiHarness.await(10, () -> ui.dialogs.shown.stream().anyMatch(m -> m.startsWith("notifyError: Restore history was damaged")));
        interact(() -> list.getSelectionModel().clearSelection());
        interact(() -> list.getSelectionModel().select(0));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> said = ui.dialogs.shown.stream().filter(m -> m.startsWith("notifyError: Restore history was damaged")).toList();
        assertEquals(1, said.size(), "said once: " + ui.dialogs.shown);
        assertTrue(said.get(0).contains("kept as " + history + ".damaged-"), said.get(0));
        try (var files = java.nio.file.Files.list(history.getParent())) {
            java.nio.file.Path aside = files.filter(p -> p.getFileName().toString().startsWith(history.getFileName() + ".damaged-"))
                    .findFirst().orElseThrow();
            assertEquals("[{\"region\": \"us-e", java.nio.file.Files.readString(aside));
        }
    }

    @Test
    void theSandboxShowsPitrAndRestoreAsUnavailableWithTheReason() throws Exception {
        Settings s = new Settings();
        s.lastConnectionId = "sandbox";
        ui = new UiHarness(s, dir);
        @SuppressWarnings("unchecked")
        TableView<TableSummary> list = lookup("#tableList").queryAs(TableView.class);
        UiHarness.await(60, () -> !list.getItems().isEmpty() && !ui.window.model().loadingProperty().get());
        interact(() -> list.getSelectionModel().select(0));
        showPitrTab();

        UiHarness.await(10, () -> lookup("#unavailable").queryAs(Label.class).isVisible());
        assertTrue(lookup("#unavailable").queryAs(Label.class).getText().contains("DynamoDB Local"));
        assertEquals("Unavailable", text("#pitrTabStatus"));
        assertTrue(lookup("#pitrEnableButton").queryAs(Button.class).isDisabled());
        assertTrue(lookup("#pitrRestoreButton").queryAs(Button.class).isDisabled());

        interact(() -> dev.dynamobackup.ui.restore.RestoreWizards.openRestoreToPointInTime(ui.ctx,
                list.getItems().get(0).name()));
        assertTrue(ui.dialogs.shown.stream().anyMatch(m -> m.startsWith("info: Restore is not available here: DynamoDB Local")),
                ui.dialogs.shown.toString());
    }
}
