package dev.dynamobackup.ui.common;

import dev.dynamobackup.model.UserMessage;

import java.util.List;

/**
 * Every message to the user goes through here, so tests can record them instead of opening windows.
 * Call on the FX thread.
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
}
