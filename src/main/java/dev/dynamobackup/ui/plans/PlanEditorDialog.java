package dev.dynamobackup.ui.plans;

import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanTemplate;
import dev.dynamobackup.service.awsbackup.PlanTemplates;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.Problems;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * Creates a plan (from a template or from scratch) or edits an existing one's first rule; Save stays
 * disabled while {@link PlanForm} has a problem.
 */
final class PlanEditorDialog extends Dialog<PlanDraft> {
    private final GridPane grid = new GridPane();
    private int row;

    /** A dialog that creates a new plan. */
    static PlanEditorDialog forCreate(PlanForm form) {
        return new PlanEditorDialog(form, I18n.t("plans.create.title"), I18n.t("plans.create.header"), true);
    }

    /** A dialog that edits the plan the form was filled from ({@link PlanForm#edit}). */
    static PlanEditorDialog forEdit(PlanForm form, String planName) {
        return new PlanEditorDialog(form, I18n.t("plans.edit.title"), I18n.t("plans.edit.header", planName), false);
    }

    private PlanEditorDialog(PlanForm form, String title, String header, boolean offerTemplates) {
        setTitle(title);
        setHeaderText(header);
        grid.setHgap(8);
        grid.setVgap(6);
        if (offerTemplates) {
            ComboBox<PlanTemplate> templates = new ComboBox<>();
            templates.setId("planTemplatePicker");
            templates.getItems().setAll(PlanTemplates.ALL);
            templates.setPromptText(I18n.t("plans.form.scratch"));
            templates.setConverter(new StringConverter<>() {
                @Override
                public String toString(PlanTemplate t) {
                    return t == null ? "" : t.title();
                }

                @Override
                public PlanTemplate fromString(String s) {
                    return null;
                }
            });
            templates.valueProperty().addListener((o, a, t) -> {
                if (t != null) form.apply(t);
            });
            add(I18n.t("plans.form.template"), templates);
        }
        add(I18n.t("plans.form.planName"), field("planNameField", form.planName));
        add(I18n.t("plans.form.ruleName"), field("ruleNameField", form.ruleName));
        add(I18n.t("plans.form.vault"), field("ruleVaultField", form.vault));
        add(I18n.t("plans.form.schedule"), field("scheduleField", form.schedule));
        Label preview = new Label();
        preview.setId("schedulePreview");
        preview.textProperty().bind(form.preview());
        add(I18n.t("plans.form.preview"), preview);
        add(I18n.t("plans.form.timeZone"), field("timeZoneField", form.timeZone));
        add(I18n.t("plans.form.startWindow"), field("startWindowField", form.startWindow));
        add(I18n.t("plans.form.completionWindow"), field("completionWindowField", form.completionWindow));
        add(I18n.t("plans.form.coldAfter"), field("coldAfterField", form.coldAfter));
        add(I18n.t("plans.form.deleteAfter"), field("deleteAfterField", form.deleteAfter));
        add(I18n.t("plans.form.copyVault"), field("copyVaultField", form.copyVaultArn));
        add(I18n.t("plans.form.copyColdAfter"), field("copyColdAfterField", form.copyColdAfter));
        add(I18n.t("plans.form.copyDeleteAfter"), field("copyDeleteAfterField", form.copyDeleteAfter));
        Label problem = new Label();
        problem.setId("planProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        problem.setPrefWidth(560);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.textProperty().bind(Problems.text(form.problem()));
        grid.add(problem, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(I18n.t("plans.form.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).disableProperty().bind(Problems.present(form.problem()));
        setResultConverter(b -> b == save ? form.draft() : null);
    }

    private static TextField field(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(34);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private void add(String label, javafx.scene.Node node) {
        grid.addRow(row++, new Label(label), node);
    }
}
