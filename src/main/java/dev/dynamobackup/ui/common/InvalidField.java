package dev.dynamobackup.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/**
 * The one way a field shows that its value is not usable: the {@code :invalid} pseudo-class (styled in
 * app.css), on while the field's problem text is there. The problem itself is shown beside the field.
 */
public final class InvalidField {
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private InvalidField() {
    }

    /** Marks {@code field} invalid while {@code problem} is neither null nor empty. */
    public static void follow(Node field, ObservableValue<String> problem) {
        field.pseudoClassStateChanged(INVALID, hasText(problem.getValue()));
        problem.addListener((obs, old, now) -> field.pseudoClassStateChanged(INVALID, hasText(now)));
    }

    private static boolean hasText(String s) {
        return s != null && !s.isEmpty();
    }
}
