package dev.dynamobackup.ui.plans;

import dev.dynamobackup.model.awsbackup.PlanSummary;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.Banners;
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
    @FXML private Button plansEditButton;
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
        var unavailable = Banners.show(plansUnavailableBanner, plansUnavailableText, model.unavailableProperty());
        Banners.show(plansErrorBanner, plansErrorText, model.errorProperty(), UserMessage::sentence);
        plansStatusText.textProperty().bind(model.statusProperty());
        plansDetailsText.textProperty().bind(model.detailsProperty().map(PlanDetailsText::of));
        var none = planList.getSelectionModel().selectedItemProperty().isNull();
        plansCreateButton.disableProperty().bind(unavailable);
        plansEditButton.disableProperty().bind(none.or(model.detailsProperty().isNull()));
        plansAssignButton.disableProperty().bind(none);
        plansDeleteButton.disableProperty().bind(none);
        planList.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> model.select(now));
        // an edit replaces the plan's row (a new version), which clears the selection: select it again
        model.detailsProperty().addListener((o, a, d) -> {
            if (d != null && planList.getSelectionModel().isEmpty()) {
                planList.getItems().stream().filter(p -> p.id().equals(d.id())).findFirst()
                        .ifPresent(p -> planList.getSelectionModel().select(p));
            }
        });
        model.followSession(shown);
    }

    private static String time(Instant at) {
        return at == null ? I18n.t("plans.never") : Formats.local(at);
    }

    public PlansModel model() {
        return model;
    }

    @FXML
    private void onCreate() {
        ctx.dialogs().showAndWait(PlanEditorDialog.forCreate(new PlanForm(model.target().region()))).ifPresent(model::create);
    }

    /** Opens the editor on the selected plan's rules as last read (the details pane shows them). */
    @FXML
    private void onEdit() {
        PlanSummary plan = planList.getSelectionModel().getSelectedItem();
        var details = model.detailsProperty().get();
        if (plan == null || details == null || !details.id().equals(plan.id())) return;
        PlanForm form = new PlanForm(model.target().region());
        form.edit(details.plan());
        ctx.dialogs().showAndWait(PlanEditorDialog.forEdit(form, plan.name())).ifPresent(draft -> model.update(plan, draft, details.versionId()));
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
