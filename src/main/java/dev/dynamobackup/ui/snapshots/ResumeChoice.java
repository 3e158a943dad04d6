package dev.dynamobackup.ui.snapshots;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.snapshot.InterruptedImport;
import dev.dynamobackup.tasks.LatestTask;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The interrupted imports of a snapshot that "Restore snapshot" offers to resume instead of creating a new
 * table, the one chosen (none: a new table), and whether it can still go on: checked in the background as
 * soon as it is chosen (the table still there, with the snapshot's keys). No nodes.
 */
public final class ResumeChoice {
    private final UiContext ctx;
    private final ConnectionTarget target;
    private final Path snapshot;
    private final ObservableList<InterruptedImport> offers = FXCollections.observableArrayList();
    private final ObjectProperty<InterruptedImport> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<String>> problem = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final LatestTask checking;

    /** The most recent interruption first, and chosen: resuming it is what the user most likely wants. */
    public ResumeChoice(UiContext ctx, ConnectionTarget target, Path snapshot, List<InterruptedImport> found) {
        this.ctx = ctx;
        this.target = target;
        this.snapshot = snapshot;
        this.checking = new LatestTask(ctx.tasks());
        offers.setAll(found.stream().sorted(Comparator.comparing(InterruptedImport::started,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList());
        chosen.addListener((obs, old, now) -> check(now));
        if (!offers.isEmpty()) chosen.set(offers.get(0));
    }

    private void check(InterruptedImport offer) {
        checking.cancel();
        resumable.set(false);
        problem.set(Optional.empty());
        note.set("");
        if (offer == null) return;
        String table = offer.targetTable();
        note.set(I18n.t("snapshots.resume.checking", table));
        checking.run(I18n.t("snapshots.resume.checking", table),
                p -> ctx.services().snapshots().requireResumable(target, snapshot, table),
                now -> {
                    note.set(I18n.t("snapshots.resume.ready", table, now.partsDone(), now.partsTotal() - now.partsDone()));
                    resumable.set(true);
                },
                error -> {
                    note.set("");
                    problem.set(Optional.of(SnapshotJobs.sentence(error, target)));
                });
    }

    /** Forgets the chosen interrupted import (its journal only: the table is kept) and goes back to a new table. */
    public void forgetChosen() {
        InterruptedImport offer = chosen.get();
        if (offer == null) return;
        ctx.tasks().run(I18n.t("snapshots.resume.forgetting", offer.targetTable()), p -> {
            ctx.services().snapshots().forgetInterruptedImport(target, snapshot, offer.targetTable());
            return offer;
        }, forgotten -> {
            offers.remove(forgotten);
            chosen.set(null);
        }, error -> problem.set(Optional.of(SnapshotJobs.sentence(error, target))));
    }

    /** "Resume the import into T: 3 of 10 parts done (300 of 1,000 items), begun ..." */
    public static String describe(InterruptedImport i) {
        return I18n.t("snapshots.resume.offer", i.targetTable(), i.partsDone(), i.partsTotal(),
                Formats.count(i.itemsDone()), Formats.count(i.itemsTotal()),
                i.started() == null ? "?" : Formats.local(i.started()));
    }

    public ObservableList<InterruptedImport> offers() {
        return offers;
    }

    /** The interrupted import to go on with, or null for a new table. */
    public ObjectProperty<InterruptedImport> chosenProperty() {
        return chosen;
    }

    public BooleanBinding resuming() {
        return chosen.isNotNull();
    }

    /** True once the chosen import's table was found fit to go on into. */
    public ReadOnlyBooleanProperty resumableProperty() {
        return resumable.getReadOnlyProperty();
    }

    /** Next stays disabled while a chosen import is not known to be resumable. */
    public BooleanBinding invalid() {
        return Bindings.createBooleanBinding(() -> chosen.get() != null && !resumable.get(), chosen, resumable);
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Why the chosen import cannot go on; empty while nothing stands in the way. */
    public ReadOnlyObjectProperty<Optional<String>> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
