package dev.dynamobackup.ui.main;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.settings.Theme;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.backups.BackupActions;
import dev.dynamobackup.ui.backups.BackupsController;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.connection.EndpointDialog;
import dev.dynamobackup.ui.tables.TableDetailsController;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Binds the main window's controls to {@link MainModel}. No AWS call and no rule lives here: the
 * controller forwards user actions to the model and shows what the model exposes. The window is the
 * {@link MainFrame} (on screen first) and the Tables tab's {@code TableList.fxml}, attached after it.
 */
public final class MainController {
    private final MainFrame frame;
    /** The tabs beside Tables, loaded when first shown. */
    private MainTabs tabs;
    /** The Tables tab's list and details; null until {@link #attachTableList()}. */
    private TableListController tableList;
    private BackupActions backupActions;

    private UiContext ctx;
    private MainModel model;
    private Consumer<Theme> themeChanger = t -> { };
    private Runnable quit = Platform::exit;
    private Runnable openLog = () -> { };
    private Runnable about = () -> { };

    public MainController(MainFrame frame) {
        this.frame = frame;
        frame.addEndpointItem.setOnAction(e -> onAddEndpoint());
        frame.resetSandboxItem.setOnAction(e -> onResetSandbox());
        frame.quitItem.setOnAction(e -> quit.run());
        frame.refreshItem.setOnAction(e -> model.refresh());
        frame.refreshButton.setOnAction(e -> model.refresh());
        frame.themeSystem.setOnAction(e -> onTheme());
        frame.themeLight.setOnAction(e -> onTheme());
        frame.themeDark.setOnAction(e -> onTheme());
        frame.restoreFromBackupItem.setOnAction(e -> dev.dynamobackup.ui.restore.RestoreWizards.askBackupArnAndRestore(ctx));
        frame.restoreToPointInTimeItem.setOnAction(e -> onRestoreToPointInTime());
        frame.openLogItem.setOnAction(e -> openLog.run());
        frame.aboutItem.setOnAction(e -> about.run());
    }

    /** Called once by the app after building the frame. */
    public void init(UiContext ctx, MainModel model) {
        this.ctx = ctx;
        this.model = model;
        bindToolbar();
        ctx.events().subscribe(dev.dynamobackup.ui.session.UiEvent.IamHelpRequested.class, e -> showIamView(e.denied()));
        bindStatusBar();
        backupActions = new BackupActions(ctx);
        tabs = new MainTabs(ctx, backupActions, frame.backupsMainTab, frame.snapshotsMainTab, frame.vaultsMainTab,
                frame.plansMainTab, frame.iamMainTab, frame.jobsMainTab);
    }

    /**
     * Loads the Tables tab's list and details in place of "Loading tables…": once, after the first
     * frame (the app) or right after {@link #init} (MainWindow.load, the tests).
     */
    public void attachTableList() {
        if (tableList != null) return;
        FXMLLoader loader = new FXMLLoader(MainController.class.getResource("/dev/dynamobackup/ui/main/TableList.fxml"), I18n.BUNDLE);
        try {
            frame.tablesMainTab.setContent(loader.load());
        } catch (IOException e) {
            throw new UncheckedIOException("The table list's FXML could not be loaded", e);
        }
        tableList = loader.getController();
        tableList.init(ctx, model, backupActions);
    }

    /** Hooks the app provides: theme switching, quitting, opening the log, the about box. */
    public void setActions(Theme current, Consumer<Theme> themeChanger, Runnable quit, Runnable openLog, Runnable about) {
        this.themeChanger = themeChanger;
        this.quit = quit;
        this.openLog = openLog;
        this.about = about;
        ToggleGroup group = new ToggleGroup();
        frame.themeSystem.setToggleGroup(group);
        frame.themeLight.setToggleGroup(group);
        frame.themeDark.setToggleGroup(group);
        (current == Theme.DARK ? frame.themeDark : current == Theme.LIGHT ? frame.themeLight : frame.themeSystem).setSelected(true);
    }

    private void bindToolbar() {
        ComboBox<Connection> connectionPicker = frame.connectionPicker;
        ComboBox<String> regionPicker = frame.regionPicker;
        connectionPicker.setItems(model.connections());
        connectionPicker.valueProperty().bindBidirectional(model.connectionProperty());
        regionPicker.setItems(model.regions());
        regionPicker.valueProperty().bindBidirectional(model.regionProperty());
        regionPicker.setCellFactory(list -> new RegionCell());
        regionPicker.setButtonCell(new RegionCell());
        regionPicker.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.connectionProperty().get() != null && model.connectionProperty().get().regionLocked(),
                model.connectionProperty()));
        frame.filterField.textProperty().bindBidirectional(model.filterProperty());
        // the table filter means nothing on the Backups tab, which has filters of its own
        frame.filterBox.visibleProperty().bind(frame.mainTabs.getSelectionModel().selectedIndexProperty().isEqualTo(0));
    }

    private final class RegionCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item + "  " + ctx.regions().describe(item));
        }
    }

    private void bindStatusBar() {
        frame.statusText.textProperty().bind(model.statusProperty());
        frame.busy.visibleProperty().bind(model.loadingProperty());
        frame.tableCount.textProperty().bind(Bindings.createStringBinding(() -> {
            int all = model.tables().size();
            int shown = model.visibleTables().size();
            return all == shown ? I18n.t("tables.count", all) : I18n.t("tables.countFiltered", shown, all);
        }, model.tables(), model.visibleTables()));
    }

    private void onAddEndpoint() {
        ctx.dialogs().showAndWait(new EndpointDialog()).ifPresent(model::addEndpoint);
    }

    private void onResetSandbox() {
        if (ctx.dialogs().confirm(I18n.t("dialog.resetSandbox.title"),
                I18n.t("dialog.resetSandbox.question"), I18n.t("dialog.resetSandbox.confirm"))) {
            model.resetSandbox();
        }
    }

    private void onRestoreToPointInTime() {
        TableSummary selected = model.selectedProperty().get();
        dev.dynamobackup.ui.restore.RestoreWizards.openRestoreToPointInTime(ctx,
                selected == null ? null : selected.name());
    }

    private void onTheme() {
        themeChanger.accept(frame.themeDark.isSelected() ? Theme.DARK : frame.themeLight.isSelected() ? Theme.LIGHT : Theme.SYSTEM);
    }

    /** The region-wide Backups view (loaded when first asked for). */
    public BackupsController regionBackups() {
        return tabs.regionBackups();
    }

    public dev.dynamobackup.ui.vaults.VaultsController vaults() {
        return tabs.vaults();
    }

    public dev.dynamobackup.ui.plans.PlansController plans() {
        return tabs.plans();
    }

    public dev.dynamobackup.ui.iam.IamPolicyController iam() {
        return tabs.iam();
    }

    /** Shows the IAM policy view (an AccessDenied links here), the denied action's feature preselected. */
    public void showIamView(UserMessage denied) {
        frame.mainTabs.getSelectionModel().select(frame.iamMainTab);
        dev.dynamobackup.ui.common.AccessDeniedHelp.feature(denied).ifPresent(f -> iam().preselect(f));
    }

    /** The Jobs view (loaded when first asked for). */
    public dev.dynamobackup.ui.jobs.JobsController jobs() {
        return tabs.jobs();
    }

    /** The jobs the app follows, with or without the Jobs view. */
    public dev.dynamobackup.ui.jobs.JobsModel jobsModel() {
        return tabs.jobsModel();
    }

    /** The details pane of the selected table; the table list must be attached. */
    public TableDetailsController details() {
        if (tableList == null) throw new IllegalStateException("the table list is not attached yet");
        return tableList.details();
    }

    /** The Tables tab's split pane, once the table list is attached. */
    public Optional<SplitPane> splitPane() {
        return Optional.ofNullable(tableList).map(TableListController::splitPane);
    }
}
