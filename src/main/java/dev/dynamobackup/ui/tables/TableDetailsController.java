package dev.dynamobackup.ui.tables;

import dev.dynamobackup.model.IndexInfo;
import dev.dynamobackup.model.KeyAttribute;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.ui.backups.BackupActions;
import dev.dynamobackup.ui.backups.BackupsController;
import dev.dynamobackup.ui.common.LazyTab;
import dev.dynamobackup.ui.pitr.PitrTabController;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.session.SessionState;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.Pane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * The details pane: everything DescribeTable and its companions say about the selected table. The tabs
 * (TableDetailsTabs.fxml, loaded into this controller) are made when the first table is selected: until
 * then the pane shows only its placeholder, and the first frame builds none of them.
 */
public final class TableDetailsController {
    private static final String TABS_FXML = "/dev/dynamobackup/ui/tables/TableDetailsTabs.fxml";
    @FXML private Label nothingSelected;
    /** The fields below come from TableDetailsTabs.fxml: null until {@link #tabs()} loads it. */
    @FXML private TabPane tabs;
    @FXML private Label tableName;
    @FXML private Label arn;
    @FXML private Button copyArn;
    @FXML private Label status;
    @FXML private Label created;
    @FXML private Label partitionKey;
    @FXML private Label sortKey;
    @FXML private Label capacity;
    @FXML private Label items;
    @FXML private Label tableClass;
    @FXML private Label pitr;
    @FXML private Label protection;
    @FXML private Label stream;
    @FXML private Label ttl;
    @FXML private Label tags;
    @FXML private TableView<IndexInfo> indexList;
    @FXML private TableColumn<IndexInfo, String> indexName;
    @FXML private TableColumn<IndexInfo, String> indexType;
    @FXML private TableColumn<IndexInfo, String> indexKeys;
    @FXML private TableColumn<IndexInfo, String> indexProjection;
    @FXML private TableColumn<IndexInfo, String> indexStatus;
    @FXML private Tab pitrTab;

    @FXML private Tab backupsTab;
    /** The Backups and PITR tabs are loaded when first selected (the first frame shows neither). */
    private LazyTab<BackupsController> backups;

    private UiContext ctx;
    private BackupActions backupActions;
    private SessionState session;

    /** Wires the pane; {@code backupActions} serve the Backups tab. */
    public void init(UiContext ctx, BackupActions backupActions) {
        this.ctx = ctx;
        this.backupActions = backupActions;
        this.session = ctx.session();
        session.detailsProperty().addListener((obs, old, now) -> show(now));
        show(session.detailsProperty().get());
    }

    /** The Backups tab's view: the selected table's backups; loads only while the tab is on screen. */
    public BackupsController backups() {
        tabs();
        return backups.controller();
    }

    /** The tab pane (loaded now if no table was selected yet), so later features can add their tabs. */
    public TabPane tabs() {
        if (tabs == null) loadTabs();
        return tabs;
    }

    private void loadTabs() {
        FXMLLoader loader = new FXMLLoader(TableDetailsController.class.getResource(TABS_FXML), I18n.BUNDLE);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The FXML " + TABS_FXML + " could not be loaded", e);
        }
        indexName.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        indexType.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().global() ? "GSI" : "LSI"));
        indexKeys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keyText()));
        indexProjection.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().projectionType()));
        indexStatus.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().status() == null ? "" : c.getValue().status()));
        tabs.setVisible(false);
        ((Pane) nothingSelected.getParent()).getChildren().add(tabs);
        new LazyTab<PitrTabController>(pitrTab, "/dev/dynamobackup/ui/pitr/PitrTab.fxml", c -> c.init(ctx));
        backups = new LazyTab<>(backupsTab, "/dev/dynamobackup/ui/backups/BackupsView.fxml",
                c -> c.init(ctx, backupActions, true, backupsTab.selectedProperty().and(tabs.visibleProperty())));
    }

    private void show(TableSummary t) {
        nothingSelected.setVisible(t == null);
        if (t == null) {
            if (tabs != null) tabs.setVisible(false);
            return;
        }
        tabs().setVisible(true);
        String none = I18n.t("details.none.value");
        tableName.setText(t.name());
        arn.setText(t.arn() == null ? none : t.arn());
        copyArn.setDisable(t.arn() == null);
        status.setText(t.status());
        created.setText(Formats.local(t.creationTime()));
        created.setTooltip(new Tooltip(Formats.utc(t.creationTime())));
        partitionKey.setText(t.keySchema().stream().filter(KeyAttribute::isPartitionKey)
                .map(KeyAttribute::describe).findFirst().orElse(none));
        sortKey.setText(t.keySchema().stream().filter(k -> !k.isPartitionKey())
                .map(KeyAttribute::describe).findFirst().orElse(none));
        capacity.setText(t.isOnDemand() ? I18n.t("details.onDemand")
                : I18n.t("details.provisioned", t.readCapacity(), t.writeCapacity()));
        items.setText(I18n.t("details.itemsSize", Formats.count(t.itemCount()), Formats.bytes(t.sizeBytes())));
        tableClass.setText(t.tableClass());
        pitr.setText(t.pitr() == PitrStatus.UNAVAILABLE ? session.capabilitiesProperty().get().reason() : Formats.pitr(t.pitr()));
        protection.setText(I18n.t(t.deletionProtection() ? "tables.yes" : "tables.no"));
        stream.setText(t.streamViewType() == null ? I18n.t("details.off") : I18n.t("details.streamOn", t.streamViewType()));
        boolean detailed = t.ttlStatus() != null;
        ttl.setText(!detailed ? I18n.t("details.loading")
                : "ENABLED".equals(t.ttlStatus()) ? I18n.t("details.ttlOn", t.ttlAttribute()) : I18n.t("details.off"));
        tags.setText(!detailed ? I18n.t("details.loading") : t.tags().isEmpty() ? none
                : t.tags().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        indexList.getItems().setAll(t.indexes());
    }

    @FXML
    private void onCopyArn() {
        ClipboardContent content = new ClipboardContent();
        content.putString(arn.getText());
        Clipboard.getSystemClipboard().setContent(content);
        copyArn.setTooltip(new Tooltip(I18n.t("details.copied")));
    }
}
