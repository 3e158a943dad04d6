package dev.dynamobackup.ui.snapshots;

import dev.dynamobackup.service.snapshot.CancelSignal;
import dev.dynamobackup.service.snapshot.SnapshotProgress;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Duration;

/**
 * One running export or import as its progress window shows it: the line of figures (items, bytes,
 * rate, ETA), the fraction done, and Cancel. Properties change on the FX thread only. No nodes.
 */
public final class SnapshotJob {
    private final CancelSignal cancel = new CancelSignal();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper(I18n.t("snapshots.job.starting"));
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);

    SnapshotJob(String title) {
        this.title.set(title);
    }

    /** The signal the service's workers look at. */
    CancelSignal signal() {
        return cancel;
    }

    public void cancel() {
        cancel.cancel();
        figures.set(I18n.t("snapshots.job.cancelling"));
    }

    public boolean cancelled() {
        return cancel.cancelled();
    }

    /** Takes the service's progress (on the FX thread). */
    void show(SnapshotProgress p) {
        if (cancel.cancelled()) return;
        fraction.set(p.fraction());
        figures.set(I18n.t("snapshots.job.figures", phase(p.phase()), Formats.count(p.items()),
                p.totalItems() > 0 ? Formats.count(p.totalItems()) : "?", Formats.bytes(p.bytes()),
                Formats.count(Math.round(p.itemsPerSecond())), eta(p.eta())));
    }

    void finish(String text) {
        running.set(false);
        fraction.set(1);
        figures.set(text);
    }

    void fail(String text) {
        running.set(false);
        figures.set(text);
    }

    private static String phase(SnapshotProgress.Phase phase) {
        return switch (phase) {
            case VERIFYING -> I18n.t("snapshots.phase.verifying");
            case CREATING_TABLE -> I18n.t("snapshots.phase.creating");
            case EXPORTING -> I18n.t("snapshots.phase.exporting");
            case IMPORTING -> I18n.t("snapshots.phase.importing");
            case CHECKING -> I18n.t("snapshots.phase.checking");
            case DONE -> I18n.t("snapshots.phase.done");
        };
    }

    private static String eta(Duration eta) {
        if (eta == null) return "?";
        long s = eta.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the total is unknown. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
