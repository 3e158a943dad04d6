package dev.dynamobackup.ui;

import dev.dynamobackup.ui.snapshots.SnapshotRow;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

import java.util.Optional;

/** The lookups the UI tests share: the dialog on top, its buttons and fields, a main tab by its id, the snapshot list. */
public abstract class UiRobot extends FxRobot {
    /** The main window's tabs, by fx:id (their order changes as views are added). */
    public static final String TABLES_TAB = "tablesMainTab";
    public static final String BACKUPS_TAB = "backupsMainTab";
    public static final String SNAPSHOTS_TAB = "snapshotsMainTab";
    public static final String VAULTS_TAB = "vaultsMainTab";
    public static final String PLANS_TAB = "plansMainTab";
    public static final String IAM_TAB = "iamMainTab";
    public static final String JOBS_TAB = "jobsMainTab";

    /** The dialog pane of the window on top (a wizard page, a confirmation, one of the app's dialogs). */
    protected Optional<DialogPane> topDialog() {
        return listTargetWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r).reduce((a, b) -> b);
    }

    /** The button of {@code pane} with that role (OK, Cancel, Next...). */
    protected static Button button(DialogPane pane, ButtonBar.ButtonData data) {
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst().orElseThrow();
        return (Button) pane.lookupButton(type);
    }

    /** A node of {@code pane} by its {@code #id}. */
    protected <T extends Node> T in(DialogPane pane, String id, Class<T> type) {
        return from(pane).lookup(id).queryAs(type);
    }

    /** The Snapshots view's list. */
    @SuppressWarnings("unchecked")
    protected TableView<SnapshotRow> snapshotList() {
        return lookup("#snapshotList").queryAs(TableView.class);
    }

    /** Selects a main tab by its id; a tab loads its content when first selected. */
    protected void showTab(String id) {
        TabPane tabs = lookup("#mainTabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }
}
