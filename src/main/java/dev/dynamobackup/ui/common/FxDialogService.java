package dev.dynamobackup.ui.common;

import dev.dynamobackup.model.UserMessage;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.List;
import java.util.function.Supplier;

/** Alerts for errors and questions, ControlsFX notifications for passing news. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private java.util.function.Consumer<UserMessage> iamHelp;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Where an AccessDenied error's "IAM policy…" button leads (the IAM policy view, given the error). */
    public void setIamHelp(java.util.function.Consumer<UserMessage> value) {
        iamHelp = value;
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
        if (iamHelp == null || !AccessDeniedHelp.applies(message)) {
            alert.showAndWait();
            return;
        }
        ButtonType policy = new ButtonType(I18n.t("iam.openFromError"), ButtonBar.ButtonData.HELP);
        alert.getButtonTypes().add(policy);
        alert.getDialogPane().lookupButton(policy).setId("openIamPolicy");
        if (alert.showAndWait().filter(policy::equals).isPresent()) iamHelp.accept(message);
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
    public boolean confirmTyped(String title, String text, String confirmLabel, List<String> words) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.WARNING, title, null);
        Label explanation = new Label(text);
        explanation.setWrapText(true);
        TextField typed = new TextField();
        typed.setId("typedConfirmation");
        typed.setPromptText(words.get(0));
        String prompt = words.size() == 1 ? I18n.t("dialog.typeToConfirm.one", words.get(0))
                : I18n.t("dialog.typeToConfirm.two", words.get(0), words.get(1));
        VBox content = new VBox(10, explanation, new Label(prompt), typed);
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, yes);
        Button confirm = (Button) alert.getDialogPane().lookupButton(yes);
        confirm.setId("confirmTyped");
        confirm.getStyleClass().add("danger-button");
        confirm.setDefaultButton(false);
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> words.contains(typed.getText()), typed.textProperty()).not());
        alert.setOnShown(e -> typed.requestFocus());
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
