package dev.dynamobackup.ui.plans;

import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.model.awsbackup.SelectionRequest;
import dev.dynamobackup.model.awsbackup.TagCondition;
import dev.dynamobackup.service.awsbackup.SelectionService;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.List;

/** Picks tables (from the region's table list) or a tag, and the IAM role, for a backup selection. */
final class AssignTablesDialog extends Dialog<SelectionRequest> {

    AssignTablesDialog(String planId, String planArn, ObservableList<TableSummary> tables) {
        setTitle(I18n.t("plans.assign.title"));
        setHeaderText(I18n.t("plans.assign.header"));
        ListView<TableSummary> list = new ListView<>(tables);
        list.setId("assignTableList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TableSummary t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.name());
            }
        });
        list.setPrefHeight(180);
        TextField tagKey = new TextField();
        tagKey.setId("assignTagKey");
        TextField tagValue = new TextField();
        tagValue.setId("assignTagValue");
        TextField role = new TextField(SelectionService.defaultRoleArn(planArn));
        role.setId("assignRole");
        role.setPrefColumnCount(44);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        problem.setPrefWidth(520);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StringBinding problemText = Bindings.createStringBinding(
                () -> SelectionService.check(request(planId, list, tagKey, tagValue, role)).orElse(""),
                list.getSelectionModel().getSelectedItems(), tagKey.textProperty(), tagValue.textProperty(), role.textProperty());
        problem.textProperty().bind(problemText);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(I18n.t("plans.assign.tables")), list);
        grid.addRow(1, new Label(I18n.t("plans.assign.tagKey")), tagKey);
        grid.addRow(2, new Label(I18n.t("plans.assign.tagValue")), tagValue);
        grid.addRow(3, new Label(I18n.t("plans.assign.role")), role);
        grid.add(problem, 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(problemText.isNotEmpty());
        setResultConverter(b -> b == ButtonType.OK ? request(planId, list, tagKey, tagValue, role) : null);
    }

    private static SelectionRequest request(String planId, ListView<TableSummary> list, TextField tagKey, TextField tagValue,
                                            TextField role) {
        List<String> arns = list.getSelectionModel().getSelectedItems().stream().map(TableSummary::arn).toList();
        List<TagCondition> tags = tagKey.getText().isBlank() ? List.of()
                : List.of(new TagCondition(tagKey.getText().trim(), tagValue.getText().trim()));
        String r = role.getText().trim();
        return new SelectionRequest(planId, null, r.isEmpty() ? null : r, arns, tags);
    }
}
