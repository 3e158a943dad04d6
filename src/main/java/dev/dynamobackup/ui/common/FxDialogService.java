package dev.dynamobackup.ui.common;

import dev.dynamobackup.model.UserMessage;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.function.Supplier;

/** Alerts for errors and questions, ControlsFX notifications for passing news. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, UserMessage message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message.what());
        alert.setContentText(message.todo());
        if (message.details() != null && !message.details().isBlank()) {
            TextArea details = new TextArea(message.details());
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefRowCount(6);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, null);
        alert.setContentText(text);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, null);
        alert.setContentText(question);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, yes);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void notify(String title, String text) {
        notifications(title, text).showInformation();
    }

    @Override
    public void notifyError(String title, String text) {
        notifications(title, text).hideAfter(Duration.seconds(12)).showError();
    }

    private Notifications notifications(String title, String text) {
        Notifications n = Notifications.create().title(title).text(text).position(Pos.BOTTOM_RIGHT)
                .hideAfter(Duration.seconds(6));
        Window w = owner.get();
        if (w != null) n.owner(w);
        return n;
    }

    @Override
    public Window owner() {
        return owner.get();
    }

    private Alert alert(Alert.AlertType type, String title, String header) {
        Alert alert = DialogWindows.owned(owner.get(), new Alert(type));
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setResizable(true);
        return alert;
    }
}
