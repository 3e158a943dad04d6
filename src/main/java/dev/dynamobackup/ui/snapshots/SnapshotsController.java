package dev.dynamobackup.ui.snapshots;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.snapshot.SnapshotSummary;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The Snapshots view: binds {@link SnapshotsModel} and opens the restore wizard and the confirmations. */
public final class SnapshotsController {
    @FXML private TableView<SnapshotRow> snapshotList;
    @FXML private TableColumn<SnapshotRow, String> tableColumn;
    @FXML private TableColumn<SnapshotRow, String> itemsColumn;
    @FXML private TableColumn<SnapshotRow, String> sizeColumn;
    @FXML private TableColumn<SnapshotRow, String> createdColumn;
    @FXML private TableColumn<SnapshotRow, String> sourceColumn;
    @FXML private TableColumn<SnapshotRow, String> verifiedColumn;
    @FXML private TableColumn<SnapshotRow, String> interruptedColumn;
    @FXML private TableColumn<SnapshotRow, String> pathColumn;
    @FXML private ListView<String> folderList;
    @FXML private Label snapshotsStatus;
    @FXML private Button restoreSnapshotButton;
    @FXML private Button verifySnapshotButton;
    @FXML private Button deleteSnapshotButton;

    private UiContext ctx;
    private SnapshotsModel model;

    public void init(UiContext ctx, ObservableValue<Boolean> shown) {
        this.ctx = ctx;
        this.model = new SnapshotsModel(ctx);
        folderList.setItems(model.folders());
        snapshotList.setItems(model.rows());
        keepSelectionAcrossRefresh();
        text(tableColumn, s -> s.tableName());
        text(itemsColumn, s -> Formats.count(s.itemCount()));
        text(sizeColumn, s -> Formats.bytes(s.compressedBytes()));
        text(createdColumn, s -> s.created() == null ? "" : Formats.local(s.created()));
        text(sourceColumn, s -> s.sourceEndpoint() == null ? String.valueOf(s.region()) : s.sourceEndpoint() + " (" + s.region() + ")");
        text(pathColumn, s -> s.path().toString());
        verifiedColumn.setCellValueFactory(c -> c.getValue().verifiedProperty());
        interruptedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().interrupted()));
        snapshotsStatus.textProperty().bind(model.statusProperty());
        var none = snapshotList.getSelectionModel().selectedItemProperty().isNull();
        restoreSnapshotButton.disableProperty().bind(none);
        verifySnapshotButton.disableProperty().bind(none);
        deleteSnapshotButton.disableProperty().bind(none);
        shown.addListener((o, was, now) -> {
            if (now) model.refresh();
        });
        if (Boolean.TRUE.equals(shown.getValue())) model.refresh();
    }

    /** A refresh lists new rows: the snapshot that was selected (by its path) stays selected if it is still there. */
    private void keepSelectionAcrossRefresh() {
        Path[] kept = new Path[1];
        snapshotList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) kept[0] = now.summary().path();
        });
        model.rows().addListener((javafx.collections.ListChangeListener<SnapshotRow>) change -> {
            if (kept[0] == null || snapshotList.getSelectionModel().getSelectedItem() != null) return;
            model.rows().stream().filter(r -> r.summary().path().equals(kept[0])).findFirst()
                    .ifPresentOrElse(r -> snapshotList.getSelectionModel().select(r), () -> kept[0] = null);
        });
    }

    private static void text(TableColumn<SnapshotRow, String> column, Function<SnapshotSummary, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue().summary())));
    }

    public SnapshotsModel model() {
        return model;
    }

    private SnapshotRow selected() {
        return snapshotList.getSelectionModel().getSelectedItem();
    }

    @FXML
    void onRefresh() {
        model.refresh();
    }

    @FXML
    void onAddFolder() {
        ctx.dialogs().prompt(I18n.t("snapshots.addFolder.title"), I18n.t("snapshots.addFolder.header"),
                I18n.t("snapshots.addFolder.label"), "snapshotFolderField", SnapshotsController::isPath)
                .ifPresent(f -> model.addFolder(Path.of(f)));
    }

    private static boolean isPath(String text) {
        if (text.isBlank()) return false;
        try {
            Path.of(text);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }

    @FXML
    void onVerify() {
        if (selected() != null) model.verify(selected());
    }

    @FXML
    void onDelete() {
        SnapshotRow row = selected();
        if (row == null) return;
        if (ctx.dialogs().confirmTyped(I18n.t("snapshots.delete.title"),
                I18n.t("snapshots.delete.text", row.summary().tableName(), row.summary().path()),
                I18n.t("snapshots.delete.confirm"), List.of("Delete"))) {
            model.delete(row);
        }
    }

    @FXML
    void onRestore() {
        SnapshotRow row = selected();
        if (row == null) return;
        ConnectionTarget target = ctx.session().target();
        if (target == null) {
            ctx.dialogs().showInfo(I18n.t("snapshots.restore.noTargetTitle"), I18n.t("snapshots.restore.noTarget"));
            return;
        }
        SnapshotRestoreWizard.open(ctx, target, row.summary().path());
    }
}
