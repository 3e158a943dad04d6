package dev.dynamobackup.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;

import java.util.Optional;

/**
 * The one way a field shows that its value is not usable: the {@code :invalid} pseudo-class (styled in
 * app.css), on while the field's problem text is there. The problem itself is shown beside the field.
 */
public final class InvalidField {
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private InvalidField() {
    }

    /** Marks {@code field} invalid while there is a {@code problem}. */
    public static void follow(Node field, ObservableValue<? extends Optional<?>> problem) {
        field.pseudoClassStateChanged(INVALID, problem.getValue().isPresent());
        problem.addListener((obs, old, now) -> field.pseudoClassStateChanged(INVALID, now.isPresent()));
    }
}
