package dev.dynamobackup.ui.main;

import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.backups.BackupActions;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.SortableTables;
import dev.dynamobackup.ui.tables.TableDetailsController;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The Tables tab (TableList.fxml): the banners, the table list bound to {@link MainModel}'s visible
 * tables and selection, and the details pane of the selected table.
 */
public final class TableListController {
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
    @FXML private TableDetailsController detailsController;

    private MainModel model;

    /** Called once after loading the FXML. */
    void init(UiContext ctx, MainModel model, BackupActions backupActions) {
        this.model = model;
        bindColumns();
        new MainBanners(errorBanner, errorText, openIamButton, ctx.events()).bind(model, infoBanner, infoText);
        detailsController.init(ctx, backupActions);
        tableList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != tableList.getSelectionModel().getSelectedItem()) tableList.getSelectionModel().select(now);
        });
        if (model.selectedProperty().get() != null) tableList.getSelectionModel().select(model.selectedProperty().get());
    }

    private void bindColumns() {
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

    @FXML
    private void onRetry() {
        model.refresh();
    }

    SplitPane splitPane() {
        return splitPane;
    }

    TableDetailsController details() {
        return detailsController;
    }
}
