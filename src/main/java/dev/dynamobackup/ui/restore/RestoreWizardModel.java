package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.BackupDetails;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.ReplayItem;
import dev.dynamobackup.model.RestoreSettings;
import dev.dynamobackup.model.RestoreStarted;
import dev.dynamobackup.model.SourceSettings;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The state of one restore wizard (from a backup, or to a point in time): the source, the new table's
 * name and settings, the settings to replay, and the command that starts the restore. The pages bind
 * to it; every AWS call runs through the task runner.
 */
public final class RestoreWizardModel {
    public enum Kind { BACKUP, POINT_IN_TIME }

    private final UiContext ctx;
    private final ConnectionTarget target;
    private final Kind kind;
    private final String backupArn;
    private final TargetNameModel targetName;
    private final TableSettingsModel settings = new TableSettingsModel();
    private final PointInTimeModel pointInTime;
    private final ReadOnlyObjectWrapper<BackupDetails> backup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<String>> sourceProblem = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReplayChoice replay;

    private RestoreWizardModel(UiContext ctx, Kind kind, String backupArn) {
        this.ctx = ctx;
        this.target = ctx.session().target();
        this.kind = kind;
        this.backupArn = backupArn;
        this.targetName = new TargetNameModel(ctx, target);
        this.pointInTime = kind == Kind.POINT_IN_TIME
                ? new PointInTimeModel(ctx, target, ctx.session().tables().stream().map(TableSummary::name).sorted().toList()) : null;
        this.replay = new ReplayChoice(ctx);
    }

    public static RestoreWizardModel fromBackup(UiContext ctx, String backupArn) {
        RestoreWizardModel m = new RestoreWizardModel(ctx, Kind.BACKUP, backupArn);
        m.loadBackup();
        return m;
    }

    public static RestoreWizardModel toPointInTime(UiContext ctx, String sourceTable) {
        RestoreWizardModel m = new RestoreWizardModel(ctx, Kind.POINT_IN_TIME, null);
        m.pointInTime.sourceTableProperty().addListener((obs, old, now) -> m.onPitrSource(now));
        m.pointInTime.deletedSourceProperty().addListener((obs, old, now) -> {
            if (now != null) m.onDeletedSource(now.tableName());
        });
        m.pointInTime.loadDeletedTables();
        if (sourceTable != null) m.pointInTime.sourceTableProperty().set(sourceTable);
        return m;
    }

    private void loadBackup() {
        sourceProblem.set(Optional.of(I18n.t("restore.source.loading")));
        ctx.tasks().run(I18n.t("restore.source.loading"), p -> ctx.recovery().restores().describeBackup(target, backupArn),
                details -> {
                    backup.set(details);
                    sourceProblem.set(Optional.empty());
                    settings.setIndexes(details.indexes());
                    settings.proposeCapacity(details.readCapacity(), details.writeCapacity());
                    targetName.suggest(details.tableName());
                    captureSourceSettings(details.tableName());
                },
                error -> sourceProblem.set(Optional.of(ErrorMessages.of(error, target).sentence())));
    }

    private void onPitrSource(String table) {
        if (table == null) return;
        ctx.session().tables().stream().filter(t -> t.name().equals(table)).findFirst().ifPresent(t -> {
            settings.setIndexes(t.indexes());
            settings.proposeCapacity(t.readCapacity(), t.writeCapacity());
        });
        targetName.suggest(table);
        captureSourceSettings(table);
    }

    private void onDeletedSource(String table) {
        settings.setIndexes(List.of());
        targetName.suggest(table);
        replay.sourceGone(table);
    }

    /** Reads what the source has that a restore does not carry (tags, TTL, stream, PITR, protection). */
    private void captureSourceSettings(String table) {
        replay.capture(target, table);
    }

    /** Sends the restore (the name is checked free again by the service first) and follows the new table. */
    public void start(Consumer<RestoreStarted> onStarted) {
        String name = targetName.name();
        RestoreSettings chosen = settings.settings();
        SourceSettings source = replay.sourceProperty().get();
        Set<ReplayItem> items = replay.chosen();
        var restores = ctx.recovery().restores();
        var point = kind == Kind.POINT_IN_TIME ? pointInTime.point() : null;
        var pitrSource = kind == Kind.POINT_IN_TIME ? pointInTime.source() : null;
        ctx.tasks().run(I18n.t("restore.task.start", name), p -> kind == Kind.BACKUP
                        ? restores.restoreFromBackup(target, backupArn, name, chosen)
                        : restores.restoreToPointInTime(target, pitrSource, name, point, chosen),
                started -> {
                    new RestoreTracker(ctx, target).follow(started, source, items);
                    onStarted.accept(started);
                },
                error -> ctx.dialogs().showError(I18n.t("restore.failed.title", name), ErrorMessages.of(error, target)));
    }

    public Kind kind() {
        return kind;
    }

    public ConnectionTarget target() {
        return target;
    }

    public String backupArn() {
        return backupArn;
    }

    public TargetNameModel targetName() {
        return targetName;
    }

    public TableSettingsModel settings() {
        return settings;
    }

    public PointInTimeModel pointInTime() {
        return pointInTime;
    }

    public ReadOnlyObjectProperty<BackupDetails> backupProperty() {
        return backup.getReadOnlyProperty();
    }

    /** Why no backup can be picked yet (the list is loading or failed); empty once it can. */
    public ReadOnlyObjectProperty<Optional<String>> sourceProblemProperty() {
        return sourceProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SourceSettings> sourceSettingsProperty() {
        return replay.sourceProperty();
    }

    public ReplayChoice replay() {
        return replay;
    }

    public UiContext context() {
        return ctx;
    }
}
