package dev.dynamobackup.ui.main;

import dev.dynamobackup.model.TableSummary;
import javafx.scene.control.TableCell;

import java.util.function.Function;

/** Cells of the table list: a value's text and a style class that follows the value (a transient status). */
final class StyledCells {
    private StyledCells() {
    }

    static <T> TableCell<TableSummary, T> of(Function<T, String> text, Function<T, String> styleClass) {
        return new TableCell<>() {
            private String applied;

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
        };
    }
}
