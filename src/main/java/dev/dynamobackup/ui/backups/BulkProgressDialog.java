package dev.dynamobackup.ui.backups;

import dev.dynamobackup.ui.common.I18n;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Modality;
import org.kordamp.ikonli.javafx.FontIcon;

/** A small non-modal window with one row per item of a bulk create or delete, live. */
public final class BulkProgressDialog extends Dialog<Void> {

    private static FontIcon icon(String literal, String styleClass) {
        FontIcon icon = new FontIcon(literal);
        icon.getStyleClass().add(styleClass);
        return icon;
    }

    public BulkProgressDialog(BulkProgressModel model) {
        initModality(Modality.NONE);
        setTitle(model.title());
        setHeaderText(model.title());
        TableView<BulkProgressModel.Row> table = new TableView<>(model.rows());
        table.setId("bulkProgress");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BulkProgressModel.Row, String> item = new TableColumn<>(I18n.t("bulk.col.item"));
        item.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        item.setPrefWidth(230);
        TableColumn<BulkProgressModel.Row, Number> progress = new TableColumn<>("");
        progress.setCellValueFactory(c -> c.getValue().progressProperty());
        progress.setPrefWidth(40);
        progress.setCellFactory(col -> new TableCell<>() {
            private final ProgressIndicator indicator = new ProgressIndicator();

            {
                indicator.setPrefSize(16, 16);
            }

            @Override
            protected void updateItem(Number value, boolean empty) {
                super.updateItem(value, empty);
                BulkProgressModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || value == null) {
                    setGraphic(null);
                } else if (row.failedProperty().get()) {
                    setGraphic(icon("fas-times-circle", "bulk-failed"));
                } else if (value.doubleValue() >= 1) {
                    setGraphic(icon("fas-check-circle", "bulk-done"));
                } else {
                    setGraphic(value.doubleValue() < 0 ? indicator : null);
                }
            }
        });
        TableColumn<BulkProgressModel.Row, String> state = new TableColumn<>(I18n.t("bulk.col.state"));
        state.setCellValueFactory(c -> c.getValue().stateProperty());
        state.setPrefWidth(340);
        table.getColumns().add(item);
        table.getColumns().add(progress);
        table.getColumns().add(state);
        table.setPrefSize(640, 260);
        getDialogPane().setContent(table);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        setResizable(true);
    }
}
