package dev.dynamobackup.ui.pitr;

import dev.dynamobackup.service.RestoreService;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.service.RestoreService;
import dev.dynamobackup.model.RestoreRecord;
import dev.dynamobackup.service.RestoreService;
import dev.dynamobackup.ui.common.Banners;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.service.RestoreService;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.service.RestoreService;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.service.RestoreService;
import dev.dynamobackup.ui.restore.RestoreTexts;
import dev.dynamobackup.service.RestoreService;
import dev.dynamobackup.ui.restore.RestoreWizards;
import dev.dynamobackup.service.RestoreService;
import javafx.beans.binding.Bindings;
import dev.dynamobackup.service.RestoreService;
import javafx.beans.binding.BooleanBinding;
import dev.dynamobackup.service.RestoreService;
import javafx.beans.property.ReadOnlyStringWrapper;
import dev.dynamobackup.service.RestoreService;
import javafx.fxml.FXML;
import dev.dynamobackup.service.RestoreService;
import javafx.scene.control.Button;
import dev.dynamobackup.service.RestoreService;
import javafx.scene.control.Label;
import dev.dynamobackup.service.RestoreService;
import javafx.scene.control.Spinner;
import dev.dynamobackup.service.RestoreService;
import javafx.scene.control.SpinnerValueFactory;
import dev.dynamobackup.service.RestoreService;
import javafx.scene.control.TableColumn;
import dev.dynamobackup.service.RestoreService;
import javafx.scene.control.TableView;
import dev.dynamobackup.service.RestoreService;
import javafx.scene.control.Tooltip;
import dev.dynamobackup.service.RestoreService;
import javafx.scene.layout.VBox;

/** Binds the "Point-in-time recovery" tab to {@link PitrPanelModel}; no rule and no AWS call here. */
public final class PitrTabController {
    @FXML private VBox content;
    @FXML private Label unavailable;
    @FXML private Label error;
    @FXML private Label pitrTabStatus;
    @FXML private Label pitrTabPeriod;
    @FXML private Label pitrTabEarliest;
    @FXML private Label pitrTabLatest;
    @FXML private Spinner<Integer> pitrDays;
    @FXML private Button pitrEnableButton;
    @FXML private Button pitrPeriodButton;
    @FXML private Button pitrDisableButton;
    @FXML private Button pitrRestoreButton;
    @FXML private Label estimate;
    @FXML private TableView<RestoreRecord> historyList;
    @FXML private TableColumn<RestoreRecord, String> historyTarget;
    @FXML private TableColumn<RestoreRecord, String> historyKind;
    @FXML private TableColumn<RestoreRecord, String> historyFinished;
    @FXML private TableColumn<RestoreRecord, String> historyDuration;

    private PitrPanelModel model;

    public void init(UiContext ctx) {
        model = new PitrPanelModel(ctx);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(PitrWindow.MIN_DAYS, PitrWindow.MAX_DAYS, PitrWindow.MAX_DAYS);
        pitrDays.setValueFactory(factory);
        pitrDays.setEditable(true);
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null) model.daysProperty().set(now);
        });
        model.daysProperty().addListener((obs, old, now) -> factory.setValue(now.intValue()));

        BooleanBinding off = Banners.show(unavailable, unavailable, model.unavailableProperty());
        Banners.show(error, error, model.errorProperty());
        BooleanBinding known = Bindings.isNotNull(model.windowProperty());
        BooleanBinding on = Bindings.createBooleanBinding(() -> model.windowProperty().get() != null
                && model.windowProperty().get().enabled(), model.windowProperty());
        pitrEnableButton.disableProperty().bind(off.or(known.not()).or(on).or(model.busyProperty()));
        pitrPeriodButton.disableProperty().bind(off.or(on.not()).or(model.busyProperty()));
        pitrDisableButton.disableProperty().bind(off.or(on.not()).or(model.busyProperty()));
        pitrRestoreButton.disableProperty().bind(off.or(on.not()));
        pitrDays.disableProperty().bind(off.or(known.not()).or(model.busyProperty()));
        estimate.textProperty().bind(Bindings.createStringBinding(model::estimateText, model.tableProperty()));
        model.windowProperty().addListener((obs, old, now) -> show(now));
        model.unavailableProperty().addListener((obs, old, now) -> show(model.windowProperty().get()));
        show(model.windowProperty().get());

        historyTarget.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().targetTable()));
        historyKind.setCellValueFactory(c -> new ReadOnlyStringWrapper(I18n.t(RestoreService.KIND_BACKUP.equals(c.getValue().kind())
                ? "pitr.history.kind.BACKUP" : "pitr.history.kind.POINT_IN_TIME")));
        historyFinished.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.local(c.getValue().finished())));
        historyDuration.setCellValueFactory(c -> new ReadOnlyStringWrapper(RestoreTexts.duration(c.getValue().duration())));
        historyList.setItems(model.history());
    }

    private void show(PitrWindow w) {
        String none = I18n.t("details.none.value");
        pitrTabStatus.setText(w == null ? (model.unavailableProperty().get().isEmpty() ? I18n.t("details.loading") : I18n.t("pitr.unavailable"))
                : w.enabled() ? I18n.t("pitr.enabled") : I18n.t("pitr.disabled"));
        pitrTabPeriod.setText(w == null || !w.enabled() ? none : I18n.t("pitr.days", w.recoveryPeriodDays()));
        pitrTabEarliest.setText(w == null || w.earliest() == null ? none : Formats.local(w.earliest()));
        pitrTabEarliest.setTooltip(w == null || w.earliest() == null ? null : new Tooltip(Formats.utc(w.earliest())));
        pitrTabLatest.setText(w == null || w.latest() == null ? none : Formats.local(w.latest()));
        pitrTabLatest.setTooltip(w == null || w.latest() == null ? null : new Tooltip(Formats.utc(w.latest())));
    }

    @FXML
    private void onEnable() {
        model.requestEnable();
    }

    @FXML
    private void onChangePeriod() {
        model.changePeriod();
    }

    @FXML
    private void onDisable() {
        model.requestDisable();
    }

    @FXML
    private void onRestore() {
        if (model.tableProperty().get() == null) return;
        RestoreWizards.openRestoreToPointInTime(model.context(),
                model.tableProperty().get().name());
    }

    public PitrPanelModel model() {
        return model;
    }
}
