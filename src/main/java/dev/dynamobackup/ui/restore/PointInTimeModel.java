package dev.dynamobackup.ui.restore;

import javafx.beans.binding.ObjectBinding;
import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.DeletedTable;
import dev.dynamobackup.model.PitrSource;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.model.RestorePoint;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.RestoreValidator;
import dev.dynamobackup.tasks.TaskHandle;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.Problems;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The source and time of a point-in-time restore: an existing table with PITR on (its window is read
 * when picked) or a deleted table through its SYSTEM backup; the latest restorable time or a date and
 * time in a chosen zone (local by default, or UTC), checked to lie inside [earliest, latest].
 */
public final class PointInTimeModel {
    public static final ZoneId UTC = ZoneOffset.UTC;

    private final UiContext ctx;
    private final ConnectionTarget target;
    private final ObservableList<String> tables = FXCollections.observableArrayList();
    private final ObservableList<DeletedTable> deletedTables = FXCollections.observableArrayList();
    private final BooleanProperty deleted = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> sourceTable = new SimpleObjectProperty<>();
    private final ObjectProperty<DeletedTable> deletedSource = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PitrWindow> window = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<String>> sourceProblem = new ReadOnlyObjectWrapper<>(Optional.of(I18n.t("restore.pitr.pickSource")));
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final BooleanProperty latest = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(LocalDate.now());
    private final StringProperty time = new SimpleStringProperty(LocalTime.now().withNano(0).minusMinutes(10).toString());
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneId.systemDefault());
    private final ObjectBinding<Optional<String>> timeProblem;
    private TaskHandle describing = TaskHandle.DONE;

    public PointInTimeModel(UiContext ctx, ConnectionTarget target, List<String> tableNames) {
        this.ctx = ctx;
        this.target = target;
        tables.setAll(tableNames);
        sourceTable.addListener((obs, old, now) -> loadWindow(now));
        deleted.addListener((obs, old, now) -> refreshSourceProblem());
        deletedSource.addListener((obs, old, now) -> refreshSourceProblem());
        timeProblem = Problems.binding(this::findTimeProblem,
                latest, date, time, zone, window, deleted);
    }

    /** Lists deleted tables that can still be restored (their $DeletedTableBackup SYSTEM backups). */
    public void loadDeletedTables() {
        ctx.tasks().run(I18n.t("restore.pitr.loadingDeleted"), p -> ctx.recovery().restores().deletedTables(target),
                deletedTables::setAll, error -> { /* optional list: the existing-table path still works */ });
    }

    private void loadWindow(String table) {
        describing.cancel();
        window.set(null);
        if (table == null) {
            refreshSourceProblem();
            return;
        }
        loading.set(true);
        sourceProblem.set(Optional.of(I18n.t("restore.pitr.readingWindow", table)));
        describing = ctx.tasks().run(I18n.t("restore.pitr.readingWindow", table),
                p -> ctx.recovery().pitr().describe(target, table),
                w -> {
                    loading.set(false);
                    window.set(w);
                    if (w.latest() != null) {
                        var local = w.latest().atZone(zone.get());
                        date.set(local.toLocalDate());
                        time.set(local.toLocalTime().withNano(0).toString());
                    }
                    refreshSourceProblem();
                },
                error -> {
                    loading.set(false);
                    sourceProblem.set(Optional.of(ErrorMessages.of(error, target).sentence()));
                });
    }

    private void refreshSourceProblem() {
        if (deleted.get()) {
            sourceProblem.set(deletedSource.get() == null ? Optional.of(I18n.t("restore.pitr.pickDeleted")) : Optional.empty());
        } else if (sourceTable.get() == null) {
            sourceProblem.set(Optional.of(I18n.t("restore.pitr.pickSource")));
        } else if (window.get() == null) {
            sourceProblem.set(loading.get() ? Optional.of(I18n.t("restore.pitr.readingWindow", sourceTable.get())) : Optional.empty());
        } else if (!window.get().enabled()) {
            sourceProblem.set(Optional.of(I18n.t("restore.pitr.off", sourceTable.get())));
        } else {
            sourceProblem.set(Optional.empty());
        }
    }

    /**
     * The chosen instant in the chosen zone, or empty when the text is not a time. The fields hold whole
     * seconds while the window's ends have fractions: a time in the earliest restorable second means
     * the earliest restorable time itself.
     */
    public Optional<Instant> chosenInstant() {
        if (date.get() == null) return Optional.empty();
        Instant chosen;
        try {
            chosen = date.get().atTime(LocalTime.parse(time.get().trim())).atZone(zone.get()).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
        PitrWindow w = window.get();
        if (w != null && w.earliest() != null && chosen.isBefore(w.earliest()) && chosen.plusSeconds(1).isAfter(w.earliest())) {
            return Optional.of(w.earliest());
        }
        return Optional.of(chosen);
    }

    private Optional<String> findTimeProblem() {
        if (latest.get()) return Optional.empty();
        Optional<Instant> chosen = chosenInstant();
        if (chosen.isEmpty()) return Optional.of(I18n.t("restore.time.badTime"));
        if (deleted.get()) return Optional.empty(); // the deleted table's window is known to AWS only
        PitrWindow w = window.get();
        if (w == null) return Optional.of(I18n.t("restore.pitr.pickSource"));
        return RestoreValidator.restorePoint(RestorePoint.at(chosen.get()), w).map(ProblemText::of);
    }

    public RestorePoint point() {
        return latest.get() ? RestorePoint.LATEST : RestorePoint.at(chosenInstant().orElseThrow());
    }

    public PitrSource source() {
        if (deleted.get()) return PitrSource.deleted(deletedSource.get().tableName(), deletedSource.get().tableArn());
        return PitrSource.existing(sourceTable.get());
    }

    /** The source table's name, whichever path was taken. */
    public String sourceName() {
        if (deleted.get()) return deletedSource.get() == null ? null : deletedSource.get().tableName();
        return sourceTable.get();
    }

    public ObservableList<String> tables() {
        return tables;
    }

    public ObservableList<DeletedTable> deletedTables() {
        return deletedTables;
    }

    public BooleanProperty deletedProperty() {
        return deleted;
    }

    public ObjectProperty<String> sourceTableProperty() {
        return sourceTable;
    }

    public ObjectProperty<DeletedTable> deletedSourceProperty() {
        return deletedSource;
    }

    public ReadOnlyObjectProperty<PitrWindow> windowProperty() {
        return window.getReadOnlyProperty();
    }

    /** Why the source cannot be restored from (yet); empty when it can. */
    public ReadOnlyObjectProperty<Optional<String>> sourceProblemProperty() {
        return sourceProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public BooleanProperty latestProperty() {
        return latest;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    /** What is wrong with the chosen time; empty when it is in the window. */
    public ObjectBinding<Optional<String>> timeProblemBinding() {
        return timeProblem;
    }
}
