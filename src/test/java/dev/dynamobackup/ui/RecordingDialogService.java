package dev.dynamobackup.ui;

import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.ui.common.DialogService;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the app told the user instead of opening windows; answers questions as told. */
public final class RecordingDialogService implements DialogService {
    public final List<String> shown = new CopyOnWriteArrayList<>();
    public volatile boolean answer = true;
    /** The full text of each {@link #confirm} question, in order. */
    public final List<String> questions = new CopyOnWriteArrayList<>();
    /** The window the app's own dialogs and wizards open over (they are real windows in UI tests). */
    public volatile java.util.function.Supplier<javafx.stage.Window> owner = () -> null;

    @Override
    public javafx.stage.Window owner() {
        return owner.get();
    }

    @Override
    public void showError(String title, UserMessage message) {
        shown.add("error: " + title + ": " + message.sentence());
    }

    @Override
    public void showInfo(String title, String text) {
        shown.add("info: " + title + ": " + text);
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        shown.add("confirm: " + title);
        questions.add(question);
        return answer;
    }

    @Override
    public boolean confirmTyped(String title, String text, String confirmLabel, List<String> words) {
        shown.add("confirmTyped: " + title + ": " + text + " " + words);
        return answer;
    }

    /** What {@link #prompt} answers (when acceptable); null: cancelled. */
    public volatile String promptAnswer;

    @Override
    public java.util.Optional<String> prompt(String title, String header, String label, String fieldId,
                                             java.util.function.Predicate<String> acceptable) {
        shown.add("prompt: " + title + ": " + header);
        return java.util.Optional.ofNullable(promptAnswer).filter(acceptable);
    }

    @Override
    public void notify(String title, String text) {
        shown.add("notify: " + title + ": " + text);
    }

    @Override
    public void notifyError(String title, String text) {
        shown.add("notifyError: " + title + ": " + text);
    }
}
