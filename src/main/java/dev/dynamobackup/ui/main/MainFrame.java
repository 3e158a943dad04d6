package dev.dynamobackup.ui.main;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's frame, what its first frame shows: menus, toolbar, the tab headers, the status bar
 * and "Loading tables…" where the table list will be. Built in code, unlike every other view: it is the
 * one view on the way to the first frame, and FXMLLoader's first use (its classes, reflection on the
 * controller, the bundle lookups) cost ~150 ms of a ~1.4 s start here (docs/ARCHITECTURE.md, "How to add
 * a screen"). Plain JavaFX only; the icons are CSS shapes (app.css). Ids and style classes are those
 * the stylesheet and the tests use. The table list ({@code TableList.fxml}) replaces the placeholder
 * once the first frame is on screen ({@link MainController#attachTableList()}).
 */
public final class MainFrame {
    final BorderPane root = new BorderPane();
    final MenuItem addEndpointItem = item("addEndpointItem", I18n.t("menu.addEndpoint"));
    final MenuItem resetSandboxItem = item("resetSandboxItem", I18n.t("menu.resetSandbox"));
    final MenuItem quitItem = item(null, I18n.t("menu.quit"));
    final MenuItem refreshItem = item(null, I18n.t("menu.refresh"));
    final RadioMenuItem themeSystem = radio("themeSystem", I18n.t("menu.theme.system"));
    final RadioMenuItem themeLight = radio("themeLight", I18n.t("menu.theme.light"));
    final RadioMenuItem themeDark = radio("themeDark", I18n.t("menu.theme.dark"));
    final MenuItem restoreFromBackupItem = item("restoreFromBackupItem", I18n.t("menu.restore.fromBackup"));
    final MenuItem restoreToPointInTimeItem = item("restoreToPointInTimeItem", I18n.t("menu.restore.toPointInTime"));
    final MenuItem openLogItem = item(null, I18n.t("menu.openLog"));
    final MenuItem aboutItem = item(null, I18n.t("menu.about"));
    final ComboBox<Connection> connectionPicker = new ComboBox<>();
    final ComboBox<String> regionPicker = new ComboBox<>();
    final Button refreshButton = new Button();
    final TextField filterField = new TextField();
    final StackPane filterBox = new StackPane();
    final TabPane mainTabs = new TabPane();
    final Tab tablesMainTab = tab("tablesMainTab", I18n.t("main.tab.tables"));
    final Tab backupsMainTab = tab("backupsMainTab", I18n.t("main.tab.backups"));
    final Tab snapshotsMainTab = tab("snapshotsMainTab", I18n.t("snapshots.tab"));
    final Tab vaultsMainTab = tab("vaultsMainTab", I18n.t("main.tab.vaults"));
    final Tab plansMainTab = tab("plansMainTab", I18n.t("main.tab.plans"));
    final Tab iamMainTab = tab("iamMainTab", I18n.t("main.tab.iam"));
    final Tab jobsMainTab = tab("jobsMainTab", I18n.t("jobs.tab"));
    final Label statusText = new Label();
    final ProgressBar busy = new ProgressBar();
    final Label tableCount = new Label();

    public MainFrame() {
        root.setId("root");
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(tabs());
        root.setBottom(statusBar());
    }

    public BorderPane root() {
        return root;
    }

    private MenuBar menuBar() {
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        refreshItem.setAccelerator(KeyCombination.keyCombination("F5"));
        Menu file = new Menu(I18n.t("menu.file"), null, addEndpointItem, resetSandboxItem, new SeparatorMenuItem(), quitItem);
        Menu theme = new Menu(I18n.t("menu.theme"), null, themeSystem, themeLight, themeDark);
        Menu view = new Menu(I18n.t("menu.view"), null, refreshItem, theme);
        Menu restore = new Menu(I18n.t("menu.restore"), null, restoreFromBackupItem, restoreToPointInTimeItem);
        restore.setId("restoreMenu");
        Menu help = new Menu(I18n.t("menu.help"), null, openLogItem, aboutItem);
        MenuBar bar = new MenuBar(file, view, restore, help);
        bar.setId("menuBar");
        return bar;
    }

    private ToolBar toolBar() {
        connectionPicker.setId("connectionPicker");
        connectionPicker.setPrefWidth(300);
        regionPicker.setId("regionPicker");
        regionPicker.setPrefWidth(270);
        refreshButton.setId("refreshButton");
        refreshButton.setGraphic(icon("icon-refresh"));
        refreshButton.setTooltip(new Tooltip(I18n.t("toolbar.refresh.tip")));
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        filterField.setId("filterField");
        filterField.setPromptText(I18n.t("toolbar.filter"));
        Region search = icon("icon-search");
        search.getStyleClass().add("filter-icon");
        search.setMouseTransparent(true);
        StackPane.setAlignment(search, Pos.CENTER_LEFT);
        StackPane.setMargin(search, new Insets(0, 0, 0, 7));
        filterBox.setId("filterBox");
        filterBox.getStyleClass().add("filter-box");
        filterBox.setPrefWidth(240);
        filterBox.getChildren().addAll(filterField, search);
        ToolBar bar = new ToolBar(new Label(I18n.t("toolbar.connection")), connectionPicker,
                new Label(I18n.t("toolbar.region")), regionPicker, refreshButton, spring, filterBox);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private TabPane tabs() {
        mainTabs.setId("mainTabs");
        mainTabs.getStyleClass().add("main-tabs");
        mainTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // until the table list is attached; the other tabs load their views when first shown (MainTabs)
        Label loading = new Label(I18n.t("tables.loading"));
        loading.setId("tablesLoading");
        loading.getStyleClass().add("placeholder-text");
        tablesMainTab.setContent(new StackPane(loading));
        mainTabs.getTabs().addAll(tablesMainTab, backupsMainTab, snapshotsMainTab, vaultsMainTab, plansMainTab,
                iamMainTab, jobsMainTab);
        return mainTabs;
    }

    private HBox statusBar() {
        statusText.setId("statusText");
        statusText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(statusText, Priority.ALWAYS);
        busy.setId("busy");
        busy.setPrefWidth(90);
        tableCount.setId("tableCount");
        HBox bar = new HBox(8, statusText, busy, tableCount);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static Region icon(String shape) {
        Region icon = new Region();
        icon.getStyleClass().addAll("shape-icon", shape);
        return icon;
    }

    private static MenuItem item(String id, String text) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        return item;
    }

    private static RadioMenuItem radio(String id, String text) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        return item;
    }

    private static Tab tab(String id, String text) {
        Tab tab = new Tab(text);
        tab.setId(id);
        return tab;
    }
}
