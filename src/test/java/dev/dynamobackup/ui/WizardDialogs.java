package dev.dynamobackup.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

import java.util.Optional;

/** Finds the dialog or wizard page on top and its buttons (Next, Finish, Cancel) in TestFX tests. */
public final class WizardDialogs {
    private WizardDialogs() {
    }

    public static Optional<DialogPane> top(FxRobot robot) {
        return robot.listTargetWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r).reduce((a, b) -> b);
    }

    public static Button button(DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst().orElseThrow();
        return (Button) pane.lookupButton(type);
    }
}
