package dev.dynamobackup.ui.main;

import javafx.scene.control.TableCell;

import java.util.function.Function;

/** A table cell that shows its value as text, with a style class chosen by the value (or none). */
final class StyledCell<S, T> extends TableCell<S, T> {
    private final Function<T, String> text;
    private final Function<T, String> styleClass;
    private String applied;

    StyledCell(Function<T, String> text, Function<T, String> styleClass) {
        this.text = text;
        this.styleClass = styleClass;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (applied != null) getStyleClass().remove(applied);
        applied = null;
        if (empty || item == null) {
            setText(null);
            return;
        }
        setText(text.apply(item));
        applied = styleClass.apply(item);
        if (applied != null) getStyleClass().add(applied);
    }
}
