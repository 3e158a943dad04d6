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
    @FXML private HBox unavailableBanner;
    @FXML private Label unavailableText;
    @FXML private HBox errorBanner;
    @FXML private Label errorText;
    @FXML private Button createButton;
    @FXML private Button assignButton;
    @FXML private Button deleteButton;
    @FXML private Label statusText;
    @FXML private TableView<PlanSummary> planList;
    @FXML private TableColumn<PlanSummary, String> nameColumn;
    @FXML private TableColumn<PlanSummary, String> createdColumn;
    @FXML private TableColumn<PlanSummary, String> lastRunColumn;
    @FXML private TextArea detailsText;

    private UiContext ctx;
    private PlansModel model;

    public void init(UiContext ctx, ObservableBooleanValue shown) {
        this.ctx = ctx;
        this.model = new PlansModel(ctx);
        planList.setItems(model.rows());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        createdColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(time(c.getValue().created())));
        lastRunColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(time(c.getValue().lastRun())));
        var unavailable = model.unavailableProperty().isNotNull();
        unavailableBanner.visibleProperty().bind(unavailable);
        unavailableBanner.managedProperty().bind(unavailable);
        unavailableText.textProperty().bind(model.unavailableProperty());
        var failed = model.errorProperty().isNotNull();
        errorBanner.visibleProperty().bind(failed);
        errorBanner.managedProperty().bind(failed);
        errorText.textProperty().bind(model.errorProperty().map(m -> m.sentence()));
        statusText.textProperty().bind(model.statusProperty());
        detailsText.textProperty().bind(model.detailsProperty().map(PlanDetailsText::of));
        var none = planList.getSelectionModel().selectedItemProperty().isNull();
        createButton.disableProperty().bind(unavailable);
        assignButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none);
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
