package dev.dynamobackup.ui.main;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.service.InventoryService;
import dev.dynamobackup.tasks.PollTarget;

import java.util.function.Consumer;

/**
 * Follows one table while it is CREATING / UPDATING / DELETING. A table that disappears (deleted)
 * is reported once through {@code onGone}.
 */
final class TableStatusTarget implements PollTarget<TableStatusTarget.State> {
    /** The polled state: the table's summary, or gone. */
    record State(TableSummary table, boolean gone) {
    }

    private final ConnectionTarget target;
    private final String tableName;
    private final InventoryService inventory;
    private final Consumer<TableSummary> onChange;
    private final Consumer<String> onGone;

    TableStatusTarget(ConnectionTarget target, String tableName, InventoryService inventory,
                      Consumer<TableSummary> onChange, Consumer<String> onGone) {
        this.target = target;
        this.tableName = tableName;
        this.inventory = inventory;
        this.onChange = onChange;
        this.onGone = onGone;
    }

    @Override
    public String key() {
        return "table:" + target.connection().id() + ":" + target.region() + ":" + tableName;
    }

    @Override
    public State poll() throws Exception {
        return inventory.describeIfExists(target, tableName).map(t -> new State(t, false)).orElse(new State(null, true));
    }

    @Override
    public boolean isTransient(State state) {
        return !state.gone() && state.table().isTransient();
    }

    @Override
    public void onUpdate(State state) {
        if (state.gone()) onGone.accept(tableName);
        else onChange.accept(state.table());
    }
}
