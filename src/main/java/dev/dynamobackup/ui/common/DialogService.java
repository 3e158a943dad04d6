package dev.dynamobackup.ui.common;

import dev.dynamobackup.model.UserMessage;

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

    /** A passing notification (a finished backup, a restore ready). */
    void notify(String title, String text);

    /** A passing error notification. */
    void notifyError(String title, String text);
}
