package dev.dynamobackup.ui.restore;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.ReplayItem;
import dev.dynamobackup.model.ReplayStep;
import dev.dynamobackup.model.RestoreRecord;
import dev.dynamobackup.model.RestoreStarted;
import dev.dynamobackup.model.SourceSettings;
import dev.dynamobackup.model.RestoreProgress;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.model.awsbackup.JobStarted;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.tasks.PollTarget;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.session.UiEvent;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After a restore starts: shows the new table in the list (CREATING), lets the app's poller follow it
 * to ACTIVE, then says it is ready and how long it took, records the duration in the restore history,
 * and runs the chosen settings replay, reporting each step.
 */
public final class RestoreTracker {
    private final UiContext ctx;
    private final ConnectionTarget target;

    public RestoreTracker(UiContext ctx, ConnectionTarget target) {
        this.ctx = ctx;
        this.target = target;
    }

    /** Call on the FX thread right after the restore call returned. */
    public void follow(RestoreStarted started, SourceSettings source, Set<ReplayItem> replay) {
        showRow(started.table());
        whenActive(started.table().name(), () -> finished(started, source, replay));
    }

    /**
     * An AWS Backup restore job: once it is COMPLETED (the Jobs view follows it, notifies and records the
     * restore time), follows the new table to ACTIVE and runs the chosen replay, as a native restore does.
     * Call on the FX thread before the job is announced, so that its end cannot be missed.
     */
    public void followJob(JobStarted started, String table, SourceSettings source, Set<ReplayItem> replay) {
        Runnable[] unsubscribe = new Runnable[1];
        unsubscribe[0] = ctx.events().subscribe(UiEvent.JobFinished.class, e -> {
            if (!target.equals(e.target()) || !started.id().equals(e.job().id())) return;
            unsubscribe[0].run();
            if (e.job().succeeded()) whenActive(table, () -> replayOrRefresh(table, source, replay));
        });
    }

    /** Lets the app's poller follow the table's status and RestoreSummary.RestoreInProgress until it is ACTIVE or gone. */
    private void whenActive(String name, Runnable onActive) {
        String key = "restore:" + target.connection().id() + ":" + target.region() + ":" + name;
        ctx.poller().watch(PollTarget.of(key, () -> ctx.recovery().restores().progress(target, name),
                RestoreProgress::isTransient, progress -> {
            if (progress.table() != null) showRow(progress.table());
            if (progress.isActive()) onActive.run();
            else if (progress.table() == null) ctx.dialogs().notifyError(I18n.t("restore.gone.title"), I18n.t("restore.gone.text", name));
        }, error -> ctx.dialogs().notifyError(I18n.t("restore.lost.title", name), ErrorMessages.of(error, target).sentence())));
    }

    private void showRow(TableSummary table) {
        ctx.events().publish(new UiEvent.TableChanged(target, table));
    }

    private void finished(RestoreStarted started, SourceSettings source, Set<ReplayItem> replay) {
        String name = started.table().name();
        RestoreRecord record = new RestoreRecord(target.region(), started.sourceTable() == null ? "" : started.sourceTable(),
                name, started.kind(), started.started(), Instant.now());
        ctx.dialogs().notify(I18n.t("restore.ready.title"),
                I18n.t("restore.ready.text", name, RestoreTexts.duration(record.duration())));
        ctx.tasks().run(I18n.t("restore.task.history"), p -> {
            ctx.recovery().history().record(record);
            return null;
        }, done -> ctx.events().publish(new UiEvent.RestoreRecorded(target, record)), error -> ctx.dialogs().notifyError(I18n.t("restore.history.failed"),
                String.valueOf(error.getMessage())));
        replayOrRefresh(name, source, replay);
    }

    private void replayOrRefresh(String name, SourceSettings source, Set<ReplayItem> replay) {
        if (source != null && !replay.isEmpty()) replay(name, source, replay);
        else refreshRow(name);
    }

    private void replay(String name, SourceSettings source, Set<ReplayItem> items) {
        ctx.tasks().run(I18n.t("restore.task.replay", name),
                p -> ctx.recovery().replay().replay(target, name, source, items),
                steps -> {
                    String text = steps.stream().map(RestoreTexts::step).collect(Collectors.joining("\n"));
                    boolean failed = steps.stream().anyMatch(ReplayStep::failed);
                    if (failed) ctx.dialogs().notifyError(I18n.t("restore.replay.doneWithFailures", name), text);
                    else ctx.dialogs().notify(I18n.t("restore.replay.done", name), text);
                    refreshRow(name);
                },
                error -> ctx.dialogs().notifyError(I18n.t("restore.replay.failed", name),
                        ErrorMessages.of(error, target).sentence()));
    }

    /** Re-reads the restored table with its PITR state (and after the replay changed it). */
    private void refreshRow(String name) {
        ctx.tasks().run(I18n.t("task.details", name), p -> ctx.inventory().describe(target, name), this::showRow,
                error -> { });
    }

}
