package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.DeletedTable;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Page 1 of the point-in-time wizard: an existing table with PITR on, or a deleted table. */
final class PitrSourcePage extends RestorePage {
    private final Label status = value("pitrStatus");
    private final Label period = value("pitrPeriod");
    private final Label earliest = value("pitrEarliest");
    private final Label latest = value("pitrLatest");

    PitrSourcePage(PointInTimeModel model) {
        super(I18n.t("restore.pitr.header"), model.sourceProblemProperty());
        ToggleGroup group = new ToggleGroup();
        RadioButton existing = new RadioButton(I18n.t("restore.pitr.existing"));
        existing.setId("pitrExisting");
        existing.setToggleGroup(group);
        existing.setSelected(!model.deletedProperty().get());
        RadioButton deleted = new RadioButton(I18n.t("restore.pitr.deleted"));
        deleted.setId("pitrDeleted");
        deleted.setToggleGroup(group);
        deleted.setSelected(model.deletedProperty().get());
        group.selectedToggleProperty().addListener((obs, old, now) -> model.deletedProperty().set(now == deleted));

        ComboBox<String> tables = new ComboBox<>(model.tables());
        tables.setId("pitrTablePicker");
        tables.setPrefWidth(320);
        tables.valueProperty().bindBidirectional(model.sourceTableProperty());
        tables.disableProperty().bind(model.deletedProperty());

        ComboBox<DeletedTable> gone = new ComboBox<>(model.deletedTables());
        gone.setId("pitrDeletedPicker");
        gone.setPrefWidth(320);
        gone.valueProperty().bindBidirectional(model.deletedSourceProperty());
        gone.disableProperty().bind(model.deletedProperty().not());
        gone.setPlaceholder(new Label(I18n.t("restore.pitr.noDeleted")));

        GridPane window = form();
        row(window, I18n.t("pitr.status"), status);
        row(window, I18n.t("pitr.period"), period);
        row(window, I18n.t("pitr.earliest"), earliest);
        row(window, I18n.t("pitr.latest"), latest);
        model.windowProperty().addListener((obs, old, now) -> show(now));
        show(model.windowProperty().get());

        VBox body = new VBox(10, hint(I18n.t("restore.pitr.hint")), existing, indent(tables), deleted, indent(gone),
                hint(I18n.t("restore.pitr.deletedHint")), window, problemLabel(model.sourceProblemProperty()));
        setContent(body);
    }

    private static javafx.scene.Node indent(javafx.scene.Node node) {
        VBox.setMargin(node, new javafx.geometry.Insets(0, 0, 0, 24));
        return node;
    }

    private void show(PitrWindow w) {
        String none = I18n.t("details.none.value");
        status.setText(w == null ? none : w.enabled() ? I18n.t("pitr.enabled") : I18n.t("pitr.disabled"));
        period.setText(w == null || !w.enabled() ? none : I18n.t("pitr.days", w.recoveryPeriodDays()));
        earliest.setText(w == null || w.earliest() == null ? none : Formats.local(w.earliest()));
        earliest.setTooltip(w == null || w.earliest() == null ? null : new Tooltip(Formats.utc(w.earliest())));
        latest.setText(w == null || w.latest() == null ? none : Formats.local(w.latest()));
        latest.setTooltip(w == null || w.latest() == null ? null : new Tooltip(Formats.utc(w.latest())));
    }
}
