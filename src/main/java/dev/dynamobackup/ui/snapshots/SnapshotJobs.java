package dev.dynamobackup.ui.snapshots;

import dev.dynamobackup.model.BackupRequest;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.snapshot.ExportOptions;
import dev.dynamobackup.service.snapshot.ImportOptions;
import dev.dynamobackup.service.snapshot.ImportResult;
import dev.dynamobackup.service.snapshot.InterruptedImport;
import dev.dynamobackup.service.snapshot.SnapshotRefusedException;
import dev.dynamobackup.service.snapshot.SnapshotService;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.session.UiEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Runs exports and imports as tasks (never on the FX thread) with a {@link SnapshotJob} for their
 * progress window; the create-backup wizard and the Snapshots view both start them here.
 */
public final class SnapshotJobs {
    private SnapshotJobs() {
    }

    /** Snapshots each requested table into {@code settings}' folder under its backup name, one after the other. */
    public static SnapshotJob export(UiContext ctx, ConnectionTarget target, List<BackupRequest> requests,
                                     SnapshotExportSettings settings) {
        SnapshotService snapshots = ctx.services().snapshots();
        ExportOptions options = settings.options();
        List<Path> outs = requests.stream().map(r -> settings.destination(r.backupName())).toList();
        SnapshotJob job = new SnapshotJob(I18n.t("snapshots.export.title", requests.size()));
        ctx.tasks().run(job.titleProperty().get(), p -> {
            long items = 0;
            for (int i = 0; i < requests.size(); i++) {
                items += snapshots.export(target, requests.get(i).tableName(), outs.get(i), options,
                        progress -> p.ui(() -> job.show(progress)), job.signal()).manifest().itemCount();
            }
            return items;
        }, items -> {
            String text = I18n.t("snapshots.export.done", requests.size(), Formats.count(items), outs.get(0).getParent());
            job.finish(text);
            ctx.dialogs().notify(I18n.t("snapshots.export.doneTitle"), text);
            ctx.events().publish(new UiEvent.SnapshotsChanged());
        }, error -> failed(ctx, target, job, error, I18n.t("snapshots.export.failedTitle")));
        return job;
    }

    /**
     * Restores {@code snapshot} into the new table {@code table}, or goes on with the interrupted import into
     * it; the result says whether the table matched. A stopped import says what it left and how to resume it.
     */
    public static SnapshotJob restore(UiContext ctx, ConnectionTarget target, Path snapshot, String table, ImportOptions options) {
        SnapshotService snapshots = ctx.services().snapshots();
        SnapshotJob job = new SnapshotJob(I18n.t("snapshots.restore.title", table));
        ctx.tasks().run(job.titleProperty().get(), p -> snapshots.importSnapshot(target, snapshot, table, options,
                progress -> p.ui(() -> job.show(progress)), job.signal()), (ImportResult r) -> {
            String text = !r.identical()
                    ? I18n.t("snapshots.restore.different", r.tableName(), String.join("; ", r.differences()))
                    : r.resumed() ? I18n.t("snapshots.restore.resumedDone", r.tableName(), Formats.count(r.tableItems()), r.partsSkipped())
                    : I18n.t("snapshots.restore.done", r.tableName(), Formats.count(r.tableItems()));
            job.finish(text);
            if (r.identical()) ctx.dialogs().notify(I18n.t("snapshots.restore.doneTitle"), text);
            else ctx.dialogs().notifyError(I18n.t("snapshots.restore.doneTitle"), text);
            ctx.events().publish(new UiEvent.SnapshotsChanged());
        }, error -> ctx.tasks().run(I18n.t("snapshots.restore.title", table),
                p -> snapshots.interruptedImport(target, snapshot, table),
                left -> stopped(ctx, target, job, error, left.orElse(null)),
                unreadable -> stopped(ctx, target, job, error, null)));
        return job;
    }

    /** An import that stopped: when it left its table and journal, the message says so and how to resume. */
    private static void stopped(UiContext ctx, ConnectionTarget target, SnapshotJob job, Throwable error, InterruptedImport left) {
        ctx.events().publish(new UiEvent.SnapshotsChanged());
        if (left == null) {
            failed(ctx, target, job, error, I18n.t("snapshots.restore.failedTitle"));
            return;
        }
        String what = error instanceof CancellationException || job.cancelled() ? I18n.t("snapshots.restore.cancelled")
                : sentence(error, target);
        String text = I18n.t("snapshots.restore.interrupted", what, left.targetTable(), left.partsDone(), left.partsTotal(),
                Formats.count(left.itemsDone()), Formats.count(left.itemsTotal()));
        job.fail(text);
        ctx.dialogs().notifyError(I18n.t("snapshots.restore.interruptedTitle"), text);
    }

    private static void failed(UiContext ctx, ConnectionTarget target, SnapshotJob job, Throwable error, String title) {
        if (error instanceof CancellationException || job.cancelled()) {
            job.fail(I18n.t("snapshots.job.cancelled"));
            return;
        }
        String text = sentence(error, target);
        job.fail(text);
        ctx.dialogs().notifyError(title, text);
    }

    /** A snapshot job's failure in words: a refusal says what and what to do; a file error; an AWS error. */
    static String sentence(Throwable error, ConnectionTarget target) {
        if (error instanceof SnapshotRefusedException r) return r.getMessage() + " " + r.todo();
        if (error instanceof IOException) return I18n.t("snapshots.job.io", error.getMessage());
        return ErrorMessages.of(error, target).sentence();
    }
}
