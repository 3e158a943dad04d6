package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.ui.common.Banners;
import dev.dynamobackup.ui.common.Problems;
import dev.dynamobackup.ui.snapshots.SnapshotJobDialog;
import dev.dynamobackup.ui.snapshots.SnapshotJobs;

import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.model.awsbackup.RecoveryPoint;
import dev.dynamobackup.ui.common.AccessDeniedHelp;
import dev.dynamobackup.ui.common.Converters;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.SortableTables;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.session.SessionState;
import dev.dynamobackup.ui.restore.RestoreWizards;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a backups list (one table's, or the region's) to {@link BackupsModel}: columns, filters,
 * selection, context menu and keys (Ctrl+N create, Delete delete, F5 refresh, Ctrl+C copy ARN).
 * Opens the create wizard and the delete dialog; the work itself is in the model and BackupActions.
 */
public final class BackupsController {
    private static final KeyCombination CREATE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    @FXML private VBox backupsRoot;
    @FXML private Button createButton;
    @FXML private Button deleteButton;
    @FXML private Button restoreBackupButton;
    @FXML private Button refreshBackupsButton;
    @FXML private Label deleteReason;
    @FXML private FlowPane filters;
    @FXML private ComboBox<String> tableFilter;
    @FXML private ComboBox<BackupType> typeFilter;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private CustomTextField textFilter;
    @FXML private HBox backupsUnavailableBanner;
    @FXML private Label backupsUnavailableText;
    @FXML private HBox backupsErrorBanner;
    @FXML private Label backupsErrorText;
    @FXML private Button backupsOpenIam;
    @FXML private TableView<BackupSummary> backupList;
    @FXML private Label backupsPlaceholder;
    @FXML private TableColumn<BackupSummary, String> nameColumn;
    @FXML private TableColumn<BackupSummary, String> tableColumn;
    @FXML private TableColumn<BackupSummary, String> statusColumn;
    @FXML private TableColumn<BackupSummary, BackupType> typeColumn;
    @FXML private TableColumn<BackupSummary, String> sourceColumn;
    @FXML private TableColumn<BackupSummary, Long> sizeColumn;
    @FXML private TableColumn<BackupSummary, Instant> createdColumn;
    @FXML private TableColumn<BackupSummary, Instant> expiryColumn;
    @FXML private TableColumn<BackupSummary, String> arnColumn;
    @FXML private Label statusText;
    @FXML private ProgressBar busy;
    @FXML private Label countText;

    private UiContext ctx;
    private SessionState session;
    private BackupsModel model;
    private RecoveryPointActions points;
    /** Held here: a binding only weakly referenced by its sources would be collected, and its listener with it. */
    private ObservableBooleanValue shown;

    /**
     * @param perTable true for the details tab (the selected table's backups), false for the region view
     * @param shown    true while this view is on screen: only then does it call AWS
     */
    public void init(UiContext ctx, BackupActions actions, boolean perTable, ObservableBooleanValue shown) {
        this.ctx = ctx;
        this.session = ctx.session();
        this.model = new BackupsModel(actions, perTable);
        this.points = new RecoveryPointActions(ctx, model);
        backupsRoot.setId(perTable ? "tableBackups" : "regionBackups"); // the two views share this FXML
        bindTable();
        bindFilters();
        bindState();
        bindKeys();
        session.connectionProperty().addListener((o, a, b) -> updateScope());
        session.regionProperty().addListener((o, a, b) -> updateScope());
        if (perTable) session.detailsProperty().addListener((o, a, b) -> updateScope());
        updateScope();
        this.shown = shown;
        shown.addListener((o, a, now) -> model.setActive(now));
        model.setActive(shown.get());
    }

    public BackupsModel model() {
        return model;
    }

    private void updateScope() {
        TableSummary t = session.detailsProperty().get();
        model.setScope(session.target(), model.isPerTable() ? (t == null ? null : t.name()) : null);
    }

    private void bindTable() {
        SortableTables.bind(backupList, model.visible());
        backupList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        backupList.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        BackupColumns.text(nameColumn, BackupSummary::name);
        BackupColumns.text(tableColumn, BackupSummary::tableName);
        BackupColumns.status(statusColumn);
        BackupColumns.type(typeColumn);
        BackupColumns.text(sourceColumn, b -> model.point(b) == null ? I18n.t("points.source.native") : model.point(b).vaultName());
        BackupColumns.size(sizeColumn);
        BackupColumns.time(createdColumn, BackupSummary::created);
        BackupColumns.time(expiryColumn, BackupSummary::expiry);
        BackupColumns.arn(arnColumn);
        backupList.getSortOrder().add(createdColumn);
        tableColumn.setVisible(!model.isPerTable());
        backupList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<BackupSummary>) c ->
                model.selection().setAll(new ArrayList<>(backupList.getSelectionModel().getSelectedItems())));
        model.setReselect(arns -> {
            var selection = backupList.getSelectionModel();
            selection.clearSelection();
            for (int i = 0; i < backupList.getItems().size(); i++) {
                if (arns.contains(backupList.getItems().get(i).arn())) selection.select(i);
            }
        });
        backupList.setContextMenu(BackupsContextMenu.of(this, model));
        backupList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.selectedPoint() != null) onPointDetails();
        });
        backupsPlaceholder.textProperty().bind(Bindings.createStringBinding(() -> model.unavailableProperty().get().isPresent()
                ? I18n.t("backups.unavailable") : model.loadingProperty().get() ? I18n.t("backups.loading") : I18n.t("backups.empty"),
                model.loadingProperty(), model.unavailableProperty()));
    }

    private void bindFilters() {
        tableFilter.setVisible(!model.isPerTable());
        tableFilter.setManaged(!model.isPerTable());
        tableFilter.getItems().setAll("");
        tableFilter.setConverter(Converters.showing(s -> s == null || s.isEmpty() ? I18n.t("backups.filter.allTables") : s));
        tableFilter.setOnShowing(e -> {
            String keep = tableFilter.getValue();
            List<String> items = new ArrayList<>(List.of(""));
            items.addAll(model.tableNames());
            tableFilter.getItems().setAll(items);
            tableFilter.setValue(keep);
        });
        tableFilter.valueProperty().bindBidirectional(model.tableFilterProperty());
        typeFilter.getItems().setAll(new ArrayList<>(java.util.Arrays.asList(null, BackupType.USER, BackupType.SYSTEM, BackupType.AWS_BACKUP)));
        typeFilter.setConverter(Converters.showing(t -> t == null ? I18n.t("backups.filter.allTypes") : t.name()));
        typeFilter.valueProperty().bindBidirectional(model.typeFilterProperty());
        fromDate.valueProperty().bindBidirectional(model.fromProperty());
        toDate.valueProperty().bindBidirectional(model.toProperty());
        textFilter.textProperty().bindBidirectional(model.textProperty());
    }

    private void bindState() {
        var unavailable = Banners.show(backupsUnavailableBanner, backupsUnavailableText, model.unavailableProperty());
        Banners.show(backupsErrorBanner, backupsErrorText, model.errorProperty(), UserMessage::sentence);
        model.errorProperty().addListener((o, a, now) -> AccessDeniedHelp.offer(backupsOpenIam, now, ctx.events()));
        // Create stays: where native backups are missing it makes a file snapshot
        refreshBackupsButton.disableProperty().bind(unavailable);
        filters.disableProperty().bind(unavailable);
        backupList.disableProperty().bind(unavailable);
        deleteButton.disableProperty().bind(Problems.present(model.deleteBlockedProperty()).or(unavailable));
        restoreBackupButton.disableProperty().bind(restorable().not().or(unavailable));
        deleteReason.textProperty().bind(Bindings.createStringBinding(
                () -> model.selection().isEmpty() ? "" : model.deleteBlockedProperty().get().orElse(""),
                model.selection(), model.deleteBlockedProperty()));
        statusText.textProperty().bind(model.statusProperty());
        busy.visibleProperty().bind(model.loadingProperty());
        countText.textProperty().bind(Bindings.createStringBinding(() -> model.rows().size() == model.visible().size()
                        ? I18n.t("backups.count", model.rows().size())
                        : I18n.t("backups.countFiltered", model.visible().size(), model.rows().size()),
                model.rows(), model.visible()));
    }

    private void bindKeys() {
        backupsRoot.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CREATE.match(e)) onCreate();
            else if (e.getCode() == KeyCode.DELETE && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) onDelete();
            else if (e.getCode() == KeyCode.F5) onRefresh();
            else if (COPY.match(e) && e.getTarget() == backupList) copyArns();
            else return;
            e.consume();
        });
    }

    @FXML
    void onCreate() {
        if (model.target() == null) return; // without native backups the wizard offers "Snapshot to file"
        CreateBackupModel create = model.newCreateModel(session);
        if (!new CreateBackupWizard(ctx.dialogs(), create).showAndWait()) return;
        if (create.snapshotMethodProperty().get()) {
            ctx.dialogs().show(new SnapshotJobDialog(SnapshotJobs.export(ctx, model.target(), create.requests(), create.snapshotSettings())));
            return;
        }
        if (create.methodProperty().get() == BackupMethod.AWS_BACKUP) {
            model.startAwsBackup(create);
            return;
        }
        BulkProgressModel progress = model.create(create);
        if (create.requests().size() > 1) ctx.dialogs().show(new BulkProgressDialog(progress));
    }

    private javafx.beans.binding.BooleanBinding restorable() {
        return model.restorableBinding();
    }

    @FXML
    void onRestore() {
        if (!restorable().get()) return;
        RecoveryPoint point = model.selectedPoint();
        if (point != null) {
            points.restore(point);
            return;
        }
        RestoreWizards.openRestoreFromBackup(ctx, model.selection().get(0).arn());
    }

    @FXML
    void onDelete() {
        if (model.deleteBlockedProperty().get().isPresent()) return;
        RecoveryPoint point = model.selectedPoint();
        if (point != null) {
            points.delete(point);
            return;
        }
        // what the dialog lists is what is deleted, whatever is selected by the time the user confirms
        List<BackupSummary> chosen = List.copyOf(model.selection());
        if (!new DeleteBackupsDialog(chosen).confirmed(ctx.dialogs())) return;
        BulkProgressModel progress = model.delete(chosen);
        if (chosen.size() > 1) ctx.dialogs().show(new BulkProgressDialog(progress));
    }

    void onCopyPoint() {
        RecoveryPoint point = model.selectedPoint();
        if (point != null) points.copy(point);
    }

    void onPointDetails() {
        RecoveryPoint point = model.selectedPoint();
        if (point != null) points.details(point);
    }

    @FXML
    void onRefresh() {
        model.refresh();
    }

    void copyArns() {
        BackupColumns.copyToClipboard(String.join("\n", model.selection().stream().map(BackupSummary::arn).toList()));
    }
}
