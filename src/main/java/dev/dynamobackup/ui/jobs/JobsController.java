package dev.dynamobackup.ui.jobs;

import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.model.awsbackup.Job;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.Banners;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Optional;
import java.util.function.Function;

/**
 * The Jobs view: binds the table to {@link JobsModel}; reloads when shown and when the region changes.
 * The model is made with the main window (it follows the jobs other screens start); this view is loaded
 * when the tab is first shown.
 */
public final class JobsController {
    @FXML private TableView<Job> jobTable;
    @FXML private TableColumn<Job, String> kindColumn;
    @FXML private TableColumn<Job, String> stateColumn;
    @FXML private TableColumn<Job, String> percentColumn;
    @FXML private TableColumn<Job, String> resourceColumn;
    @FXML private TableColumn<Job, String> vaultColumn;
    @FXML private TableColumn<Job, String> createdColumn;
    @FXML private TableColumn<Job, String> messageColumn;
    @FXML private TableColumn<Job, String> idColumn;
    @FXML private Button refreshJobsButton;
    @FXML private Label jobsError;
    private JobsModel model;

    public void init(UiContext ctx, JobsModel model, ObservableBooleanValue shown) {
        this.model = model;
        jobTable.setItems(model.jobs());
        text(kindColumn, j -> JobsModel.kindText(j.kind()));
        text(stateColumn, Job::state);
        text(percentColumn, j -> j.percentDone() == null ? "" : I18n.t("jobs.percent", j.percentDone()));
        text(resourceColumn, j -> j.resourceArn() != null ? j.resourceArn() : j.createdResourceArn());
        text(vaultColumn, Job::vaultName);
        text(createdColumn, j -> j.created() == null ? "" : Formats.local(j.created()));
        text(messageColumn, Job::statusMessage);
        text(idColumn, Job::id);
        refreshJobsButton.disableProperty().bind(model.loadingProperty());
        // the sandbox has no AWS Backup: say so where a failed load would be told
        ObjectBinding<Optional<String>> message = Bindings.createObjectBinding(() -> model.unavailableProperty().get()
                .or(() -> model.errorProperty().get().map(UserMessage::sentence)), model.unavailableProperty(), model.errorProperty());
        Banners.show(jobsError, jobsError, message);
        model.followSession(shown);
    }

    private static void text(TableColumn<Job, String> column, Function<Job, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    @FXML
    private void onRefresh() {
        model.refresh();
    }

    public JobsModel model() {
        return model;
    }
}
