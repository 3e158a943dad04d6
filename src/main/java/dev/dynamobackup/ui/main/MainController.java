package dev.dynamobackup.ui.main;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.settings.Theme;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.backups.BackupActions;
import dev.dynamobackup.ui.backups.BackupsController;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.SortableTables;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.connection.EndpointDialog;
import dev.dynamobackup.ui.tables.TableDetailsController;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.function.Consumer;

/**
 * Binds the main window's controls to {@link MainModel}. No AWS call and no rule lives here: the
 * controller forwards user actions to the model and shows what the model exposes.
 */
public final class MainController {
    @FXML private BorderPane root;
    @FXML private ComboBox<Connection> connectionPicker;
    @FXML private ComboBox<String> regionPicker;
    @FXML private Button refreshButton;
    @FXML private javafx.scene.layout.StackPane filterBox;
    @FXML private TextField filterField;
    @FXML private javafx.scene.control.TabPane mainTabs;
    @FXML private SplitPane splitPane;
    @FXML private HBox errorBanner;
    @FXML private Label errorText;
    @FXML private Button openIamButton;
    @FXML private HBox infoBanner;
    @FXML private Label infoText;
    @FXML private TableView<TableSummary> tableList;
    @FXML private Label placeholder;
    @FXML private TableColumn<TableSummary, String> nameColumn;
    @FXML private TableColumn<TableSummary, String> statusColumn;
    @FXML private TableColumn<TableSummary, Long> itemsColumn;
    @FXML private TableColumn<TableSummary, Long> sizeColumn;
    @FXML private TableColumn<TableSummary, String> billingColumn;
    @FXML private TableColumn<TableSummary, PitrStatus> pitrColumn;
    @FXML private TableColumn<TableSummary, Boolean> protectionColumn;
    @FXML private MenuItem resetSandboxItem;
    @FXML private RadioMenuItem themeSystem;
    @FXML private RadioMenuItem themeLight;
    @FXML private RadioMenuItem themeDark;
    @FXML private Label statusText;
    @FXML private ProgressBar busy;
    @FXML private Label tableCount;
    @FXML private TableDetailsController detailsController;
    @FXML private Tab backupsMainTab;
    @FXML private Tab snapshotsMainTab;
    @FXML private Tab vaultsMainTab;
    @FXML private Tab plansMainTab;
    @FXML private Tab iamMainTab;
    @FXML private Tab jobsMainTab;
    /** The tabs beside Tables, loaded when first shown. */
    private MainTabs tabs;

    private UiContext ctx;
    private MainModel model;
    private Consumer<Theme> themeChanger = t -> { };
    private Runnable quit = Platform::exit;
    private Runnable openLog = () -> { };
    private Runnable about = () -> { };

    /** Called once by the app after loading the FXML. */
    public void init(UiContext ctx, MainModel model) {
        this.ctx = ctx;
        this.model = model;
        bindToolbar();
        bindTableList();
        new MainBanners(errorBanner, errorText, openIamButton, ctx.events()).bind(model, infoBanner, infoText);
        ctx.events().subscribe(dev.dynamobackup.ui.session.UiEvent.IamHelpRequested.class, e -> showIamView(e.denied()));
        bindStatusBar();
        BackupActions backupActions = new BackupActions(ctx);
        detailsController.init(ctx, backupActions);
        tabs = new MainTabs(ctx, backupActions, backupsMainTab, snapshotsMainTab, vaultsMainTab, plansMainTab,
                iamMainTab, jobsMainTab);
        tableList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != tableList.getSelectionModel().getSelectedItem()) tableList.getSelectionModel().select(now);
        });
    }

    /** Hooks the app provides: theme switching, quitting, opening the log, the about box. */
    public void setActions(Theme current, Consumer<Theme> themeChanger, Runnable quit, Runnable openLog, Runnable about) {
        this.themeChanger = themeChanger;
        this.quit = quit;
        this.openLog = openLog;
        this.about = about;
        ToggleGroup group = new ToggleGroup();
        themeSystem.setToggleGroup(group);
        themeLight.setToggleGroup(group);
        themeDark.setToggleGroup(group);
        (current == Theme.DARK ? themeDark : current == Theme.LIGHT ? themeLight : themeSystem).setSelected(true);
    }

    private void bindToolbar() {
        connectionPicker.setItems(model.connections());
        connectionPicker.valueProperty().bindBidirectional(model.connectionProperty());
        regionPicker.setItems(model.regions());
        regionPicker.valueProperty().bindBidirectional(model.regionProperty());
        regionPicker.setCellFactory(list -> new RegionCell());
        regionPicker.setButtonCell(new RegionCell());
        regionPicker.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.connectionProperty().get() != null && model.connectionProperty().get().regionLocked(),
                model.connectionProperty()));
        filterField.textProperty().bindBidirectional(model.filterProperty());
        // the table filter means nothing on the Backups tab, which has filters of its own
        filterBox.visibleProperty().bind(mainTabs.getSelectionModel().selectedIndexProperty().isEqualTo(0));
        resetSandboxItem.setDisable(false);
    }

    private final class RegionCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item + "  " + ctx.regions().describe(item));
        }
    }

    private void bindTableList() {
        SortableTables.bind(tableList, model.visibleTables());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status()));
        statusColumn.setCellFactory(col -> StyledCells.of(s -> s, s -> "ACTIVE".equals(s) ? null : "status-transient"));
        itemsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().itemCount()));
        itemsColumn.setCellFactory(col -> StyledCells.of(Formats::count, v -> null));
        sizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sizeBytes()));
        sizeColumn.setCellFactory(col -> StyledCells.of(Formats::bytes, v -> null));
        billingColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.billing(c.getValue().billingMode())));
        pitrColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pitr()));
        pitrColumn.setCellFactory(col -> {
            TableCell<TableSummary, PitrStatus> cell = StyledCells.of(Formats::pitr,
                    p -> p == PitrStatus.UNAVAILABLE ? "status-unavailable" : null);
            cell.itemProperty().addListener((obs, old, now) -> cell.setTooltip(now == PitrStatus.UNAVAILABLE
                    ? new Tooltip(model.capabilitiesProperty().get().reason()) : null));
            return cell;
        });
        protectionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().deletionProtection()));
        protectionColumn.setCellFactory(col -> StyledCells.of(b -> I18n.t(b ? "tables.yes" : "tables.no"), b -> null));
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                        ? I18n.t("tables.loading")
                        : model.loadErrorProperty().get().isPresent() ? I18n.t("tables.failed") : I18n.t("tables.empty"),
                model.loadingProperty(), model.loadErrorProperty()));
    }

    private void bindStatusBar() {
        statusText.textProperty().bind(model.statusProperty());
        busy.visibleProperty().bind(model.loadingProperty());
        tableCount.textProperty().bind(Bindings.createStringBinding(() -> {
            int all = model.tables().size();
            int shown = model.visibleTables().size();
            return all == shown ? I18n.t("tables.count", all) : I18n.t("tables.countFiltered", shown, all);
        }, model.tables(), model.visibleTables()));
    }

    @FXML
    private void onRefresh() {
        model.refresh();
    }

    @FXML
    private void onAddEndpoint() {
        ctx.dialogs().showAndWait(new EndpointDialog()).ifPresent(model::addEndpoint);
    }

    @FXML
    private void onResetSandbox() {
        if (ctx.dialogs().confirm(I18n.t("dialog.resetSandbox.title"),
                I18n.t("dialog.resetSandbox.question"), I18n.t("dialog.resetSandbox.confirm"))) {
            model.resetSandbox();
        }
    }

    @FXML
    private void onRestoreFromBackup() {
        dev.dynamobackup.ui.restore.RestoreWizards.askBackupArnAndRestore(ctx);
    }

    @FXML
    private void onRestoreToPointInTime() {
        TableSummary selected = model.selectedProperty().get();
        dev.dynamobackup.ui.restore.RestoreWizards.openRestoreToPointInTime(ctx,
                selected == null ? null : selected.name());
    }

    @FXML
    private void onTheme() {
        themeChanger.accept(themeDark.isSelected() ? Theme.DARK : themeLight.isSelected() ? Theme.LIGHT : Theme.SYSTEM);
    }

    @FXML
    private void onOpenLog() {
        openLog.run();
    }

    @FXML
    private void onAbout() {
        about.run();
    }

    @FXML
    private void onQuit() {
        quit.run();
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
        mainTabs.getSelectionModel().select(iamMainTab);
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

    public TableDetailsController details() {
        return detailsController;
    }

    public SplitPane splitPane() {
        return splitPane;
    }
}
