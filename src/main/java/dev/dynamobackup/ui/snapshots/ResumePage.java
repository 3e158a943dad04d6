package dev.dynamobackup.ui.snapshots;

import dev.dynamobackup.service.snapshot.InterruptedImport;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.Problems;
import dev.dynamobackup.ui.restore.RestorePage;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * The first page of "Restore snapshot" when the snapshot has interrupted imports here: resume one of them
 * (what was done is shown; a table that no longer matches is refused in words) or restore into a new table.
 */
final class ResumePage extends RestorePage {
    private final ResumeChoice model;
    private ToggleGroup group;
    private final VBox choices = new VBox(8);
    private final RadioButton fresh = new RadioButton(I18n.t("snapshots.resume.fresh"));

    ResumePage(ResumeChoice model) {
        super(I18n.t("snapshots.resume.header"), model.invalid());
        this.model = model;
        fresh.setId("resumeFresh");
        fresh.setWrapText(true);
        fresh.setMnemonicParsing(false);
        fill();
        model.offers().addListener((javafx.collections.ListChangeListener<InterruptedImport>) c -> fill());
        model.chosenProperty().addListener((obs, old, now) -> select());
        Label note = new Label();
        note.setId("resumeNote");
        note.getStyleClass().add("restore-ok");
        note.setWrapText(true);
        note.textProperty().bind(model.noteProperty());
        Button forget = new Button(I18n.t("snapshots.resume.forget"));
        forget.setId("resumeForget");
        forget.visibleProperty().bind(Problems.present(model.problemProperty()));
        forget.managedProperty().bind(forget.visibleProperty());
        forget.setOnAction(e -> model.forgetChosen());
        setContent(new VBox(12, hint(I18n.t("snapshots.resume.hint")), choices, note,
                problemLabel(model.problemProperty()), forget));
    }

    /** One radio button per interrupted import, then "a new table"; the model's choice stays selected. */
    private void fill() {
        // a new group each time: a toggle group keeps odd state for toggles removed from it
        group = new ToggleGroup();
        fresh.setToggleGroup(group);
        choices.getChildren().clear();
        for (int i = 0; i < model.offers().size(); i++) {
            InterruptedImport offer = model.offers().get(i);
            RadioButton r = new RadioButton(ResumeChoice.describe(offer));
            r.setId("resumeOffer-" + i);
            r.setUserData(offer);
            r.setToggleGroup(group);
            r.setWrapText(true);
            r.setMnemonicParsing(false);
            choices.getChildren().add(r);
        }
        choices.getChildren().add(fresh);
        select();
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) model.chosenProperty().set((InterruptedImport) now.getUserData());
        });
    }

    private void select() {
        InterruptedImport chosen = model.chosenProperty().get();
        group.getToggles().stream().filter(t -> t == fresh ? chosen == null : t.getUserData().equals(chosen))
                .findFirst().ifPresent(t -> t.setSelected(true));
    }
}
