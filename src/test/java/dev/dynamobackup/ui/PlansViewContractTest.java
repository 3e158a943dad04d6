package dev.dynamobackup.ui;

import dev.dynamobackup.settings.Settings;
import dev.dynamobackup.testing.BackupContract;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.model.awsbackup.PlanSummary;
import dev.dynamobackup.service.awsbackup.PlanTemplates;
import dev.dynamobackup.ui.plans.PlansModel;
import javafx.scene.control.ComboBox;
import software.amazon.awssdk.services.backup.model.CreateBackupPlanRequest;
import software.amazon.awssdk.services.backup.model.UpdateRegionSettingsRequest;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Backup plans view, headless, against the AWS Backup contract server (moto lacks selections and region settings). */
class PlansViewContractTest extends UiRobot {
    private final BackupContract contract = new BackupContract();
    @TempDir Path dir;
    private UiHarness ui;
    private final RequestRecorder recorder = new RequestRecorder();

    @AfterEach
    void close() throws Exception {
        if (ui != null) ui.close();
        assertEquals(List.of(), contract.server().violations());
    }

    private void open() throws Exception {
        contract.server().reset();
        java.net.URI endpoint = contract.server().endpoint();
        Settings s = UiHarness.onEndpoint(endpoint, "us-east-1");
        ui = new UiHarness(s, dir, recorder);
        UiHarness.await(20, () -> ui.ctx.session().target() != null);
    }

    private PlansModel plans() {
        return ui.window.controller().plans().model();
    }

    @Test
    void planIsCreatedFromATemplateAndShowsItsScheduleInPlainWords() throws Exception {
        open();
        showTab(PLANS_TAB);
        UiHarness.await(20, () -> plans().statusProperty().get().endsWith("plans"));
        clickOn("#plansCreateButton");
        UiHarness.await(10, () -> topDialog().isPresent());
        DialogPane editor = topDialog().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<dev.dynamobackup.model.awsbackup.PlanTemplate> templates = in(editor, "#planTemplatePicker", ComboBox.class);
        interact(() -> templates.getSelectionModel().select(0)); // Daily, keep 35 days
        interact(() -> in(editor, "#planNameField", TextField.class).setText("OrdersDaily"));
        assertEquals("every day at 05:00 UTC", in(editor, "#schedulePreview", Label.class).getText());
        assertEquals("35", in(editor, "#deleteAfterField", TextField.class).getText());
        Screenshots.save(editor.getScene(), "plans-create-template");
        clickOn(button(editor, ButtonBar.ButtonData.OK_DONE));
        UiHarness.await(20, () -> plans().rows().stream().anyMatch(p -> p.name().equals("OrdersDaily"))
                || !ui.dialogs.shown.isEmpty());
        assertEquals(java.util.List.of(), ui.dialogs.shown, "no error");

        @SuppressWarnings("unchecked")
        TableView<PlanSummary> list = lookup("#planList").queryAs(TableView.class);
        interact(() -> list.getSelectionModel().select(0));
        TextArea details = lookup("#plansDetailsText").queryAs(TextArea.class);
        UiHarness.await(20, () -> details.getText() != null && details.getText().contains("every day at 05:00 UTC"));
        assertTrue(details.getText().contains("deleted after 35 days"), details.getText());
        Screenshots.save(ui.stage.getScene(), "plans-view");
        CreateBackupPlanRequest sent = recorder.of(CreateBackupPlanRequest.class).get(0);
        assertEquals(35L, sent.backupPlan().rules().get(0).lifecycle().deleteAfterDays());
        assertEquals("cron(0 5 ? * * *)", sent.backupPlan().rules().get(0).scheduleExpression());

        ui.dialogs.answer = true;
        clickOn("#plansDeleteButton");
        UiHarness.await(20, () -> plans().rows().isEmpty());
        assertTrue(ui.dialogs.shown.stream().anyMatch(s -> s.startsWith("confirmTyped: Delete a backup plan")));
    }

    @Test
    void aPlanIsEditedAndItsDetailsShowTheNewSchedule() throws Exception {
        open();
        ui.services.awsBackup().plans().create(ui.ctx.session().target(), PlanTemplates.require("daily-35").draft("OrdersPlan", "Default"));
        showTab(PLANS_TAB);
        UiHarness.await(20, () -> plans().rows().size() == 1);
        @SuppressWarnings("unchecked")
        TableView<PlanSummary> list = lookup("#planList").queryAs(TableView.class);
        interact(() -> list.getSelectionModel().select(0));
        UiHarness.await(20, () -> !lookup("#plansEditButton").queryButton().isDisabled());
        clickOn("#plansEditButton");
        UiHarness.await(10, () -> topDialog().isPresent());
        DialogPane editor = topDialog().orElseThrow();
        assertEquals("OrdersPlan", in(editor, "#planNameField", TextField.class).getText());
        assertEquals("35", in(editor, "#deleteAfterField", TextField.class).getText());
        assertTrue(from(editor).lookup("#planTemplatePicker").tryQuery().isEmpty(), "no template offered when editing");
        interact(() -> {
            in(editor, "#scheduleField", TextField.class).setText("cron(30 2 ? * SUN *)");
            in(editor, "#deleteAfterField", TextField.class).setText("90");
        });
        Screenshots.save(editor.getScene(), "plans-edit");
        clickOn(button(editor, ButtonBar.ButtonData.OK_DONE));
        TextArea details = lookup("#plansDetailsText").queryAs(TextArea.class);
        UiHarness.await(20, () -> details.getText() != null && details.getText().contains("deleted after 90 days")
                || !ui.dialogs.shown.isEmpty());
        assertEquals(List.of(), ui.dialogs.shown, "no error");
        assertTrue(details.getText().contains("cron(30 2 ? * SUN *)"), details.getText());
        var sent = recorder.of(software.amazon.awssdk.services.backup.model.UpdateBackupPlanRequest.class);
        assertEquals(1, sent.size());
        assertEquals(90L, sent.get(0).backupPlan().rules().get(0).lifecycle().deleteAfterDays());
        UiHarness.await(20, () -> !lookup("#plansEditButton").queryButton().isDisabled());
        assertEquals("OrdersPlan", list.getSelectionModel().getSelectedItem().name(), "the edited plan stays selected");
        Screenshots.save(ui.stage.getScene(), "plans-edited");
    }

    @Test
    void lifecycleBelowTheColdMinimumIsShownLiveAndNothingIsSent() throws Exception {
        open();
        showTab(PLANS_TAB);
        UiHarness.await(20, () -> plans().statusProperty().get().endsWith("plans"));
        clickOn("#plansCreateButton");
        UiHarness.await(10, () -> topDialog().isPresent());
        DialogPane editor = topDialog().orElseThrow();
        interact(() -> {
            in(editor, "#planNameField", TextField.class).setText("ColdPlan");
            in(editor, "#ruleNameField", TextField.class).setText("Daily");
            in(editor, "#coldAfterField", TextField.class).setText("31");
            in(editor, "#deleteAfterField", TextField.class).setText("100");
        });
        String problem = in(editor, "#planProblem", Label.class).getText();
        assertTrue(problem.contains("121"), "delete after must be at least 31 + 90: " + problem);
        Button save = button(editor, ButtonBar.ButtonData.OK_DONE);
        assertTrue(save.isDisabled());
        Screenshots.save(editor.getScene(), "plans-lifecycle-invalid");
        interact(() -> in(editor, "#deleteAfterField", TextField.class).setText("121"));
        assertEquals("", in(editor, "#planProblem", Label.class).getText());
        assertFalse(save.isDisabled());
        interact(() -> editor.getScene().getWindow().hide());
        assertTrue(recorder.of(CreateBackupPlanRequest.class).isEmpty(), "no request was sent");
    }


    private DialogPane createFromTemplate(int template, String planName) throws Exception {
        showTab(PLANS_TAB);
        UiHarness.await(20, () -> plans().statusProperty().get().endsWith("plans"));
        clickOn("#plansCreateButton");
        UiHarness.await(10, () -> topDialog().isPresent());
        DialogPane editor = topDialog().orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<dev.dynamobackup.model.awsbackup.PlanTemplate> templates = in(editor, "#planTemplatePicker", ComboBox.class);
        interact(() -> templates.getSelectionModel().select(template));
        interact(() -> in(editor, "#planNameField", TextField.class).setText(planName));
        return editor;
    }

    @Test
    void coldStoragePlanOffersToTurnOnAdvancedDynamoDbBackupBeforeItIsSent() throws Exception {
        open();
        DialogPane editor = createFromTemplate(1, "LabPlan"); // seed 002: cold after 31, delete after 366
        assertEquals("31", in(editor, "#coldAfterField", TextField.class).getText());
        ui.dialogs.answer = true;
        clickOn(button(editor, ButtonBar.ButtonData.OK_DONE));
        UiHarness.await(20, () -> plans().rows().stream().anyMatch(p -> p.name().equals("LabPlan")));
        assertTrue(ui.dialogs.shown.contains("confirm: Advanced DynamoDB backup is off"), ui.dialogs.shown.toString());
        assertTrue(ui.dialogs.questions.get(0).contains("us-east-1"));
        List<String> ops = contract.server().operations();
        assertEquals(1, recorder.of(UpdateRegionSettingsRequest.class).size());
        assertTrue(ops.indexOf("UpdateRegionSettings") < ops.indexOf("CreateBackupPlan"), ops.toString());
        assertTrue(ui.services.awsBackup().regionSettings().describe(ui.ctx.session().target()).advancedDynamoDb());
    }

    @Test
    void declinedAdvancedSettingSendsNoPlan() throws Exception {
        open();
        DialogPane editor = createFromTemplate(1, "LabPlan");
        ui.dialogs.answer = false;
        clickOn(button(editor, ButtonBar.ButtonData.OK_DONE));
        UiHarness.await(20, () -> ui.dialogs.shown.contains("confirm: Advanced DynamoDB backup is off"));
        assertTrue(recorder.of(CreateBackupPlanRequest.class).isEmpty(), "declined: the plan is not sent");
        assertTrue(recorder.of(UpdateRegionSettingsRequest.class).isEmpty());
    }

    @Test
    void tablesAreAssignedToAPlanByArnWithTheDefaultRole() throws Exception {
        open();
        contract.moto().createTable("us-east-1", "Orders", "pk", null);
        ui.services.awsBackup().plans().create(ui.ctx.session().target(), PlanTemplates.require("daily-35").draft("OrdersPlan", "Default"));
        interact(() -> ui.window.model().refresh());
        UiHarness.await(20, () -> ui.ctx.session().tables().stream().anyMatch(t -> t.name().equals("Orders")));
        showTab(PLANS_TAB);
        UiHarness.await(20, () -> plans().rows().size() == 1);
        @SuppressWarnings("unchecked")
        TableView<PlanSummary> list = lookup("#planList").queryAs(TableView.class);
        interact(() -> list.getSelectionModel().select(0));
        clickOn("#plansAssignButton");
        UiHarness.await(10, () -> topDialog().isPresent());
        DialogPane assign = topDialog().orElseThrow();
        assertTrue(button(assign, ButtonBar.ButtonData.OK_DONE).isDisabled(), "nothing picked yet");
        assertTrue(in(assign, "#assignRole", TextField.class).getText().endsWith(":role/service-role/AWSBackupDefaultServiceRole"));
        @SuppressWarnings("unchecked")
        ListView<TableSummary> tables = in(assign, "#assignTableList", ListView.class);
        interact(() -> tables.getSelectionModel().select(0));
        Screenshots.save(assign.getScene(), "plans-assign-tables");
        clickOn(button(assign, ButtonBar.ButtonData.OK_DONE));
        TextArea details = lookup("#plansDetailsText").queryAs(TextArea.class);
        UiHarness.await(20, () -> details.getText() != null && details.getText().contains("table/Orders"));
        assertTrue(details.getText().contains("AWSBackupDefaultServiceRole"), details.getText());
    }
}
