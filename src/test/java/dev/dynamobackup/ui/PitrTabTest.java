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

    /** By its id: the tab's content is loaded when it is first selected. */
    private void selectPitrTab(TabPane tabs) {
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "pitrTab".equals(t.getId())).findFirst().orElseThrow()));
    }

    @Test
    void enableChangePeriodAndDisableFromTheTab(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        Settings s = new Settings();
        s.endpoints.add(new Settings.SavedEndpoint(moto.endpoint().toString(), "us-east-1"));
        s.lastConnectionId = "endpoint:" + moto.endpoint();
        s.lastRegion = "us-east-1";
        ui = new UiHarness(s, dir);
        @SuppressWarnings("unchecked")
        TableView<TableSummary> list = lookup("#tableList").queryAs(TableView.class);
        UiHarness.await(20, () -> list.getItems().size() == 1);
        interact(() -> list.getSelectionModel().select(0));
        TabPane tabs = lookup("#tabs").queryAs(TabPane.class);
        selectPitrTab(tabs);
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
        clickOn("#pitrPeriodButton");
        UiHarness.await(10, () -> "21 days".equals(text("#pitrTabPeriod")));

        clickOn("#pitrDisableButton");
        UiHarness.await(10, () -> "Off".equals(text("#pitrTabStatus")));
        assertTrue(ui.dialogs.shown.contains("confirm: Disable point-in-time recovery for Orders"));
        assertEquals(PitrStatus.DISABLED, list.getItems().get(0).pitr());
    }

    @Test
    void declinedNoticeChangesNothing(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        Settings s = new Settings();
        s.endpoints.add(new Settings.SavedEndpoint(moto.endpoint().toString(), "us-east-1"));
        s.lastConnectionId = "endpoint:" + moto.endpoint();
        s.lastRegion = "us-east-1";
        ui = new UiHarness(s, dir);
        ui.dialogs.answer = false;
        @SuppressWarnings("unchecked")
        TableView<TableSummary> list = lookup("#tableList").queryAs(TableView.class);
        UiHarness.await(20, () -> list.getItems().size() == 1);
        interact(() -> list.getSelectionModel().select(0));
        TabPane tabs = lookup("#tabs").queryAs(TabPane.class);
        selectPitrTab(tabs);
        UiHarness.await(10, () -> "Off".equals(text("#pitrTabStatus")));

        clickOn("#pitrEnableButton");

        assertEquals("Off", text("#pitrTabStatus"));
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            assertEquals("DISABLED", ddb.describeContinuousBackups(b -> b.tableName("Orders")).continuousBackupsDescription()
                    .pointInTimeRecoveryDescription().pointInTimeRecoveryStatusAsString());
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
        TabPane tabs = lookup("#tabs").queryAs(TabPane.class);
        selectPitrTab(tabs);

        UiHarness.await(10, () -> lookup("#unavailable").queryAs(Label.class).isVisible());
        assertTrue(lookup("#unavailable").queryAs(Label.class).getText().contains("DynamoDB Local"));
        assertEquals("Unavailable", text("#pitrTabStatus"));
        assertTrue(lookup("#pitrEnableButton").queryAs(Button.class).isDisabled());
        assertTrue(lookup("#pitrRestoreButton").queryAs(Button.class).isDisabled());

        interact(() -> dev.dynamobackup.ui.restore.RestoreWizards.openRestoreToPointInTime(ui.stage, ui.window.model(),
                list.getItems().get(0).name()));
        assertTrue(ui.dialogs.shown.stream().anyMatch(m -> m.startsWith("info: Restore is not available here: DynamoDB Local")),
                ui.dialogs.shown.toString());
    }
}
