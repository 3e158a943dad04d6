package dev.dynamobackup.ui.plans;

import dev.dynamobackup.model.awsbackup.PlanSummary;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;

import java.time.Instant;

/** Binds the Backup plans view to {@link PlansModel}; forwards the buttons to it. */
public final class PlansController {
    @FXML private HBox plansUnavailableBanner;
    @FXML private Label plansUnavailableText;
    @FXML private HBox plansErrorBanner;
    @FXML private Label plansErrorText;
    @FXML private Button plansCreateButton;
    @FXML private Button plansAssignButton;
    @FXML private Button plansDeleteButton;
    @FXML private Label plansStatusText;
    @FXML private TableView<PlanSummary> planList;
    @FXML private TableColumn<PlanSummary, String> plansNameColumn;
    @FXML private TableColumn<PlanSummary, String> plansCreatedColumn;
    @FXML private TableColumn<PlanSummary, String> plansLastRunColumn;
    @FXML private TextArea plansDetailsText;

    private UiContext ctx;
    private PlansModel model;

    public void init(UiContext ctx, ObservableBooleanValue shown) {
        this.ctx = ctx;
        this.model = new PlansModel(ctx);
        planList.setItems(model.rows());
        plansNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        plansCreatedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(time(c.getValue().created())));
        plansLastRunColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(time(c.getValue().lastRun())));
        var unavailable = model.unavailableProperty().isNotNull();
        plansUnavailableBanner.visibleProperty().bind(unavailable);
        plansUnavailableBanner.managedProperty().bind(unavailable);
        plansUnavailableText.textProperty().bind(model.unavailableProperty());
        var failed = model.errorProperty().isNotNull();
        plansErrorBanner.visibleProperty().bind(failed);
        plansErrorBanner.managedProperty().bind(failed);
        plansErrorText.textProperty().bind(model.errorProperty().map(m -> m.sentence()));
        plansStatusText.textProperty().bind(model.statusProperty());
        plansDetailsText.textProperty().bind(model.detailsProperty().map(PlanDetailsText::of));
        var none = planList.getSelectionModel().selectedItemProperty().isNull();
        plansCreateButton.disableProperty().bind(unavailable);
        plansAssignButton.disableProperty().bind(none);
        plansDeleteButton.disableProperty().bind(none);
        planList.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> model.select(now));
        ctx.session().connectionProperty().addListener((o, a, b) -> model.setScope(ctx.session().target()));
        ctx.session().regionProperty().addListener((o, a, b) -> model.setScope(ctx.session().target()));
        model.setScope(ctx.session().target());
        shown.addListener((o, a, now) -> model.setActive(now));
        model.setActive(shown.get());
    }

    private static String time(Instant at) {
        return at == null ? I18n.t("plans.never") : Formats.local(at);
    }

    public PlansModel model() {
        return model;
    }

    @FXML
    private void onCreate() {
        ctx.dialogs().showAndWait(new PlanEditorDialog(new PlanForm(model.target().region()))).ifPresent(model::create);
    }

    @FXML
    private void onAssign() {
        PlanSummary plan = planList.getSelectionModel().getSelectedItem();
        if (plan == null) return;
        ctx.dialogs().showAndWait(new AssignTablesDialog(plan.id(), plan.arn(), ctx.session().tables()))
                .ifPresent(request -> model.assign(plan, request));
    }

    @FXML
    private void onDelete() {
        PlanSummary plan = planList.getSelectionModel().getSelectedItem();
        if (plan != null) model.delete(plan);
    }

    @FXML
    private void onRefresh() {
        model.refresh();
    }
}
