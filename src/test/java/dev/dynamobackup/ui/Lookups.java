package dev.dynamobackup.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import dev.dynamobackup.ui.snapshots.SnapshotRow;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

import java.util.Optional;

/** What TestFX tests look up again and again: the dialog or wizard page on top, its buttons, a main tab, the snapshot list. */
public final class Lookups {
    private Lookups() {
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

    /** Shows the main window's tab {@code index} (0 Tables, 1 Backups, 2 Snapshots, ...). */
    public static void showTab(FxRobot robot, int index) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
    }

    @SuppressWarnings("unchecked")
    public static TableView<SnapshotRow> snapshotList(FxRobot robot) {
        return robot.lookup("#snapshotList").queryAs(TableView.class);
    }
}
