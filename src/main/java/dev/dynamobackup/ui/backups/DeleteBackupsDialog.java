package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.ui.common.I18n;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import dev.dynamobackup.ui.common.DialogService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Lists the backups about to be deleted and keeps Delete disabled until the user typed {@code Delete}. */
public final class DeleteBackupsDialog extends Dialog<ButtonType> {
    public static final ButtonType DELETE = new ButtonType(I18n.t("delete.button"), ButtonBar.ButtonData.OK_DONE);

    @FXML private Label intro;
    @FXML private ListView<String> backupList;
    @FXML private TextField confirmField;

    private final DeleteConfirmation confirmation = new DeleteConfirmation();

    public DeleteBackupsDialog(List<BackupSummary> backups) {
        VBox content = new VBox();
        FXMLLoader loader = new FXMLLoader(DeleteBackupsDialog.class.getResource("/dev/dynamobackup/ui/backups/DeleteBackupsDialog.fxml"), I18n.BUNDLE);
        loader.setRoot(content);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        setTitle(I18n.t(backups.size() == 1 ? "delete.title.one" : "delete.title.many", backups.size()));
        setHeaderText(I18n.t("delete.header"));
        intro.setText(I18n.t(backups.size() == 1 ? "delete.intro.one" : "delete.intro.many", backups.size()));
        backupList.getItems().setAll(backups.stream().map(b -> I18n.t("delete.row", b.name(), b.tableName())).toList());
        confirmField.textProperty().bindBidirectional(confirmation.typedProperty());
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, DELETE);
        Button delete = (Button) getDialogPane().lookupButton(DELETE);
        delete.setId("confirmDelete");
        delete.getStyleClass().add("danger-button");
        delete.disableProperty().bind(confirmation.confirmedBinding().not());
        delete.setDefaultButton(false);
        setResizable(true);
        setOnShown(e -> confirmField.requestFocus());
    }

    /** Shows the dialog through {@code dialogs} and waits; true when the user typed Delete and pressed Delete. */
    public boolean confirmed(DialogService dialogs) {
        return dialogs.showAndWait(this).filter(DELETE::equals).isPresent();
    }
}
