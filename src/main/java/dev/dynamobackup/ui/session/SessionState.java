package dev.dynamobackup.ui.session;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.model.TableSummary;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What every screen reads: the connection and region, its tables, the selected table (and its full
 * details), and what the endpoint can do. The main window's model writes it; other screens change a
 * table by publishing {@link UiEvent.TableChanged}, which lands here. FX thread only; holds no nodes.
 */
public final class SessionState {
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final ObservableList<TableSummary> tables = FXCollections.observableArrayList();
    private final ObjectProperty<TableSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TableSummary> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EndpointCapabilities> capabilities =
            new ReadOnlyObjectWrapper<>(EndpointCapabilities.FULL);

    public SessionState(UiEvents events) {
        events.subscribe(UiEvent.TableChanged.class, e -> {
            if (e.target().equals(target())) updateTable(e.table());
        });
    }

    /** The current connection and region, or null before the first one is chosen. */
    public ConnectionTarget target() {
        return connection.get() == null || region.get() == null ? null : new ConnectionTarget(connection.get(), region.get());
    }

    /** Replaces one row in place (the status poller and later actions use this); selection is kept. */
    public void updateTable(TableSummary updated) {
        boolean wasSelected = selected.get() != null && selected.get().name().equals(updated.name());
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).name().equals(updated.name())) {
                tables.set(i, updated);
                // replacing the row clears the list's selection: select the new row again
                if (wasSelected && selected.get() != updated) selected.set(updated);
                if (wasSelected) details.set(updated);
                return;
            }
        }
        tables.add(updated);
    }

    /** Drops a row (a table deleted while followed). */
    public void removeTable(String tableName) {
        tables.removeIf(t -> t.name().equals(tableName));
        if (selected.get() != null && selected.get().name().equals(tableName)) selected.set(null);
    }

    /** The row of {@code tableName}, preferring the full details when it is the selected table. */
    public java.util.Optional<TableSummary> table(String tableName) {
        TableSummary shown = details.get();
        if (shown != null && shown.name().equals(tableName)) return java.util.Optional.of(shown);
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public ObjectProperty<String> regionProperty() {
        return region;
    }

    public ObservableList<TableSummary> tables() {
        return tables;
    }

    public ObjectProperty<TableSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<TableSummary> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Written by the main window's model only (the loaded details of the selected table). */
    public void setDetails(TableSummary table) {
        details.set(table);
    }

    public ReadOnlyObjectProperty<EndpointCapabilities> capabilitiesProperty() {
        return capabilities.getReadOnlyProperty();
    }

    /** Written by the main window's model only, when the connection changes. */
    public void setCapabilities(EndpointCapabilities value) {
        capabilities.set(value);
    }
}
