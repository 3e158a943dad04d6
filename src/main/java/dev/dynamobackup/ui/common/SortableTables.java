package dev.dynamobackup.ui.common;

import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/** Lets a TableView sort a (filtered) list by its column headers: the usual SortedList wiring. */
public final class SortableTables {
    private SortableTables() {
    }

    public static <T> SortedList<T> bind(TableView<T> table, ObservableList<T> items) {
        SortedList<T> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        return sorted;
    }
}
