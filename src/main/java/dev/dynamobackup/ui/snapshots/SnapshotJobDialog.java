package dev.dynamobackup.ui.snapshots;

import dev.dynamobackup.ui.common.I18n;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** The progress window of a {@link SnapshotJob}: figures, a bar, Cancel while running and Close after. */
public final class SnapshotJobDialog extends Dialog<Void> {
    public SnapshotJobDialog(SnapshotJob job) {
        titleProperty().bind(job.titleProperty());
        setHeaderText(job.titleProperty().get());
        ProgressBar bar = new ProgressBar();
        bar.setId("snapshotJobBar");
        bar.setPrefWidth(460);
        bar.progressProperty().bind(job.fractionProperty());
        bar.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label figures = new Label();
        figures.setId("snapshotJobFigures");
        figures.setWrapText(true);
        figures.setPrefWidth(460);
        figures.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        figures.textProperty().bind(job.figuresProperty());
        // a longer sentence (a failure, what an interrupted import left) grows the window instead of hiding the bar
        figures.textProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        getDialogPane().setContent(new VBox(10, bar, figures));
        ButtonType cancel = new ButtonType(I18n.t("snapshots.job.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().add(cancel);
        Button button = (Button) getDialogPane().lookupButton(cancel);
        button.setId("snapshotJobCancel");
        button.addEventFilter(ActionEvent.ACTION, e -> {
            if (job.runningProperty().get()) {
                job.cancel();
                e.consume(); // the window stays until the workers have stopped and cleaned up
            }
        });
        job.runningProperty().addListener((o, was, now) -> {
            if (!now) button.setText(I18n.t("snapshots.job.close"));
        });
    }
}
