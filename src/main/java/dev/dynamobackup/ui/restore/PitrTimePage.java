package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The restore time: the latest restorable time, or a date and time in local time or UTC, inside the window. */
final class PitrTimePage extends RestorePage {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final PointInTimeModel model;
    private final Label window = new Label();

    PitrTimePage(PointInTimeModel model) {
        super(I18n.t("restore.time.header"), model.timeProblemBinding());
        this.model = model;
        ToggleGroup group = new ToggleGroup();
        RadioButton latest = new RadioButton(I18n.t("restore.time.latest"));
        latest.setId("timeLatest");
        latest.setToggleGroup(group);
        RadioButton chosen = new RadioButton(I18n.t("restore.time.chosen"));
        chosen.setId("timeChosen");
        chosen.setToggleGroup(group);
        (model.latestProperty().get() ? latest : chosen).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> model.latestProperty().set(now == latest));

        DatePicker date = new DatePicker();
        date.setId("timeDate");
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        date.valueProperty().bindBidirectional(model.dateProperty());
        TextField time = new TextField();
        time.setId("timeField");
        time.setPrefColumnCount(8);
        time.setPromptText("HH:mm:ss");
        time.textProperty().bindBidirectional(model.timeProperty());
        ComboBox<ZoneId> zone = new ComboBox<>();
        zone.setId("timeZone");
        zone.getItems().setAll(ZoneId.systemDefault(), PointInTimeModel.UTC);
        if (ZoneId.systemDefault().normalized().equals(PointInTimeModel.UTC)) zone.getItems().remove(1);
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        zone.setCellFactory(list -> new ZoneCell());
        zone.setButtonCell(new ZoneCell());
        HBox when = new HBox(8, date, time, zone);
        when.setStyle("-fx-alignment: center-left; -fx-padding: 0 0 0 24;");
        when.disableProperty().bind(model.latestProperty());

        Label utc = new Label();
        utc.setId("timeUtc");
        utc.getStyleClass().add("restore-hint");
        utc.textProperty().bind(Bindings.createStringBinding(() -> model.latestProperty().get() ? ""
                : model.chosenInstant().map(i -> I18n.t("restore.time.inUtc", Formats.utc(i))).orElse(""),
                model.latestProperty(), model.dateProperty(), model.timeProperty(), model.zoneProperty()));
        window.setWrapText(true);
        window.textProperty().bind(Bindings.createStringBinding(() -> windowText(model.windowProperty().get()),
                model.windowProperty(), model.zoneProperty(), model.deletedProperty()));

        setContent(new VBox(10, window, latest, hint(I18n.t("restore.time.latestHint")), chosen, when, utc,
                problemLabel(model.timeProblemBinding())));
    }

    private String windowText(PitrWindow w) {
        if (model.deletedProperty().get()) return I18n.t("restore.time.deletedWindow");
        if (w == null || !w.enabled()) return "";
        ZoneId z = model.zoneProperty().get();
        return I18n.t("restore.time.window", SHOWN.format(w.earliest().atZone(z)), SHOWN.format(w.latest().atZone(z)),
                zoneName(z));
    }

    static String zoneName(ZoneId zone) {
        return zone.normalized().equals(PointInTimeModel.UTC) ? "UTC" : I18n.t("restore.time.local", zone.getId());
    }

    private static final class ZoneCell extends ListCell<ZoneId> {
        @Override
        protected void updateItem(ZoneId item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : zoneName(item));
        }
    }
}
