package dev.dynamobackup.ui.restore;

import dev.dynamobackup.ui.common.InvalidField;
import dev.dynamobackup.ui.common.I18n;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The new table's name, validated as the user types and checked free before anything is sent. */
public final class TargetPage extends RestorePage {
    private final TextField name = new TextField();

    public TargetPage(TargetNameModel model) {
        super(I18n.t("restore.target.header"), Bindings.not(model.freeProperty()));
        name.setId("targetNameField");
        name.setPromptText(I18n.t("restore.target.prompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        InvalidField.follow(name, model.problemProperty());
        Label note = new Label();
        note.setId("targetNote");
        note.getStyleClass().add("restore-ok");
        note.textProperty().bind(model.noteProperty());
        GridPane grid = form();
        row(grid, I18n.t("restore.target.name"), name);
        setContent(new VBox(12, hint(I18n.t("restore.target.hint")), grid, note, problemLabel(model.problemProperty())));
    }

    @Override
    protected void entering() {
        Platform.runLater(name::requestFocus);
    }
}
