package dev.dynamobackup.ui.common;

import dev.dynamobackup.model.UserMessage;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.controlsfx.dialog.Wizard;
import org.controlsfx.dialog.WizardPane;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import java.util.List;

/**
 * Every message to the user goes through here, so tests can record them instead of opening windows,
 * and every window opens through here, owned by and styled like the main window. Call on the FX thread.
 */
public interface DialogService {
    /** An error: a sentence that says what happened and what to do, with details folded away. */
    void showError(String title, UserMessage message);

    void showInfo(String title, String text);

    /** A yes/no question; true when the user confirmed. */
    boolean confirm(String title, String question, String confirmLabel);

    /**
     * A question before what cannot be undone: the confirm button stays disabled until the user types one
     * of {@code words} exactly (as the console asks for {@code Delete}); true when confirmed.
     */
    boolean confirmTyped(String title, String text, String confirmLabel, List<String> words);

    /** A passing notification (a finished backup, a restore ready). */
    void notify(String title, String text);

    /** A passing error notification. */
    void notifyError(String title, String text);

    /** The window dialogs belong to (the main window), or null while there is none. */
    Window owner();

    /** Opens a screen's own dialog (modal) and waits; empty when it was closed without a result. */
    default <R> Optional<R> showAndWait(Dialog<R> dialog) {
        return DialogWindows.owned(owner(), dialog).showAndWait();
    }

    /** Opens a screen's own dialog without waiting (a progress window). */
    default void show(Dialog<?> dialog) {
        DialogWindows.owned(owner(), dialog).show();
    }

    /** A wizard over {@code pages} (see {@link WizardPage}), styled like the main window, not yet shown. */
    default Wizard wizard(String title, List<? extends WizardPane> pages) {
        return DialogWindows.wizard(owner(), title, pages);
    }

    /** Shows {@code wizard} and waits; true when the user pressed Finish. */
    default boolean finished(Wizard wizard) {
        return wizard.showAndWait().filter(b -> b == ButtonType.FINISH).isPresent();
    }

    /**
     * Asks for one line of text; OK stays disabled until {@code acceptable} holds for the trimmed text.
     * Returns the trimmed text, or empty when cancelled.
     */
    default Optional<String> prompt(String title, String header, String label, String fieldId, Predicate<String> acceptable) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        dialog.getEditor().setId(fieldId);
        dialog.getEditor().setPrefColumnCount(48);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().map(t -> !acceptable.test(t.trim())));
        return showAndWait(dialog).map(String::trim);
    }
}
