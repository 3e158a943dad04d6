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

import java.util.Map;

/**
 * Everything that will be sent, what a restore does NOT carry over, and the offer to re-apply the
 * source's settings once the new table is ACTIVE. Finish reads "Restore".
 */
final class ReviewPage extends RestorePage {
    private final RestoreWizardModel model;
    private final GridPane sent = form();
    private final VBox replayBox = new VBox(4);
    private final Label replayNote = new Label();

    ReviewPage(RestoreWizardModel model) {
        super(I18n.t("restore.review.header"), Bindings.not(model.targetName().freeProperty()));
        this.model = model;
        sent.setId("reviewGrid");
        Label notCarried = new Label(I18n.t("restore.review.notCarried"));
        notCarried.setWrapText(true);
        notCarried.getStyleClass().add("restore-warning");
        replayNote.setWrapText(true);
        replayNote.getStyleClass().add("restore-hint");
        replayNote.textProperty().bind(model.sourceSettingsNoteProperty());
        model.sourceSettingsProperty().addListener((obs, old, now) -> fillReplay(now));
        VBox body = new VBox(8, section(I18n.t("restore.review.sent")), sent,
                section(I18n.t("restore.review.notCarriedTitle")), notCarried,
                section(I18n.t("restore.review.replayTitle")), hint(I18n.t("restore.review.replayHint")), replayNote, replayBox);
        replayNote.managedProperty().bind(replayNote.textProperty().isNotEmpty());
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setContent(scroll);
    }

    @Override
    protected void entering() {
        sent.getChildren().clear();
        for (Map.Entry<String, String> row : ReviewRows.of(model)) {
            Label value = new Label(row.getValue());
            value.setWrapText(true);
            row(sent, row.getKey(), value);
        }
        fillReplay(model.sourceSettingsProperty().get());
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
            box.selectedProperty().bindBidirectional(model.replayProperty(item));
            box.setDisable(!source.has(item));
            replayBox.getChildren().add(box);
        }
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
