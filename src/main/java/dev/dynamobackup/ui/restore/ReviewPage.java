package dev.dynamobackup.ui.restore;

import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.model.ReplayItem;
import dev.dynamobackup.model.SourceSettings;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything that will be sent, what a restore does NOT carry over, and the offer to re-apply the
 * source's settings once the new table is ACTIVE. Finish reads "Restore".
 */
final class ReviewPage extends RestorePage {
    private final ReplayChoice replay;
    private final Supplier<List<Map.Entry<String, String>>> rows;
    private final GridPane sent = form();
    private final VBox replayBox = new VBox(4);
    private final Label replayNote = new Label();

    /** The native restores' review: the rows of {@link ReviewRows}, what no restore carries over. */
    ReviewPage(RestoreWizardModel model) {
        this(model.targetName(), model.replay(), () -> ReviewRows.of(model), I18n.t("restore.review.notCarried"));
    }

    /**
     * @param rows       "what will be sent", read each time the page shows
     * @param notCarried what this kind of restore does not carry over, in words
     */
    ReviewPage(TargetNameModel targetName, ReplayChoice replay, Supplier<List<Map.Entry<String, String>>> rows, String notCarried) {
        super(I18n.t("restore.review.header"), Bindings.not(targetName.freeProperty()));
        this.replay = replay;
        this.rows = rows;
        sent.setId("reviewGrid");
        Label notCarriedText = new Label(notCarried);
        notCarriedText.setId("notCarried");
        notCarriedText.setWrapText(true);
        notCarriedText.getStyleClass().add("restore-warning");
        replayNote.setWrapText(true);
        replayNote.getStyleClass().add("restore-hint");
        replayNote.textProperty().bind(replay.noteProperty());
        replay.sourceProperty().addListener((obs, old, now) -> fillReplay(now));
        VBox body = new VBox(8, section(I18n.t("restore.review.sent")), sent,
                section(I18n.t("restore.review.notCarriedTitle")), notCarriedText,
                section(I18n.t("restore.review.replayTitle")), hint(I18n.t("restore.review.replayHint")), replayNote, replayBox);
        replayNote.managedProperty().bind(replayNote.textProperty().isNotEmpty());
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setContent(scroll);
    }

    @Override
    protected void entering() {
        sent.getChildren().clear();
        for (Map.Entry<String, String> row : rows.get()) {
            Label value = new Label(row.getValue());
            value.setWrapText(true);
            row(sent, row.getKey(), value);
        }
        fillReplay(replay.sourceProperty().get());
        if (lookupButton(ButtonType.FINISH) instanceof Button finish) {
            finish.setText(I18n.t("restore.review.restore"));
            finish.setId("restoreButton");
        }
    }

    private void fillReplay(SourceSettings source) {
        replayBox.getChildren().clear();
        if (source == null) return;
        for (ReplayItem item : ReplayItem.values()) {
            CheckBox box = new CheckBox(I18n.t("restore.review.replayItem", Formats.replayItem(item), source.describe(item)));
            box.setId("replay-" + item.name());
            box.setMnemonicParsing(false);
            box.selectedProperty().bindBidirectional(replay.itemProperty(item));
            box.setDisable(!source.has(item));
            replayBox.getChildren().add(box);
        }
    }
}
