package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.ReplayItem;
import dev.dynamobackup.model.SourceSettings;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The settings replay of a restore wizard: what the source table has that a restore does not carry
 * (read before the restore, while the source exists) and which of it the user wants set again.
 * Shared by every restore wizard (backup, point in time, recovery point); no nodes here.
 */
public final class ReplayChoice {
    private final UiContext ctx;
    private final ReadOnlyObjectWrapper<SourceSettings> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(I18n.t("restore.replay.reading"));
    private final Map<ReplayItem, BooleanProperty> chosen = new EnumMap<>(ReplayItem.class);

    ReplayChoice(UiContext ctx) {
        this.ctx = ctx;
        for (ReplayItem item : ReplayItem.values()) chosen.put(item, new SimpleBooleanProperty(false));
    }

    /** Reads the source's tags, TTL, stream, PITR and protection in the background; ticks what it has. */
    void capture(ConnectionTarget where, String table) {
        source.set(null);
        note.set(I18n.t("restore.replay.reading"));
        ctx.tasks().run(I18n.t("restore.replay.reading"), p -> ctx.recovery().replay().capture(where, table),
                s -> {
                    source.set(s);
                    note.set("");
                    for (ReplayItem item : ReplayItem.values()) chosen.get(item).set(s.has(item));
                },
                error -> sourceGone(table));
    }

    /** The source cannot be read (deleted, or not reachable): nothing to replay, and the page says why. */
    void sourceGone(String table) {
        source.set(null);
        note.set(I18n.t("restore.replay.sourceGone", table));
    }

    /** The items chosen for replay that the source actually has. */
    public Set<ReplayItem> chosen() {
        Set<ReplayItem> items = EnumSet.noneOf(ReplayItem.class);
        SourceSettings s = source.get();
        if (s == null) return items;
        chosen.forEach((item, on) -> {
            if (on.get() && s.has(item)) items.add(item);
        });
        return items;
    }

    public ReadOnlyObjectProperty<SourceSettings> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** "reading…" or why there is nothing to replay; empty once the source was read. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public BooleanProperty itemProperty(ReplayItem item) {
        return chosen.get(item);
    }
}
