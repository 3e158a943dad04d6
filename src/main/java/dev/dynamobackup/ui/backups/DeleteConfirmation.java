package dev.dynamobackup.ui.backups;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The console's guard against deleting by accident: the user types {@code Delete}, exactly. */
public final class DeleteConfirmation {
    public static final String WORD = "Delete";
    private final StringProperty typed = new SimpleStringProperty("");
    private final BooleanBinding confirmed = Bindings.createBooleanBinding(() -> WORD.equals(typed.get()), typed);

    public StringProperty typedProperty() {
        return typed;
    }

    public BooleanBinding confirmedBinding() {
        return confirmed;
    }
}
