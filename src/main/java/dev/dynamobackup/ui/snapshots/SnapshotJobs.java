package dev.dynamobackup.ui.snapshots;

import dev.dynamobackup.model.BackupRequest;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.snapshot.ExportOptions;
import dev.dynamobackup.service.snapshot.ImportOptions;
import dev.dynamobackup.service.snapshot.ImportResult;
import dev.dynamobackup.service.snapshot.SnapshotService;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.Formats;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.session.UiEvent;

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

    /** Restores {@code snapshot} into the new table {@code table}; the result says whether it matched. */
    public static SnapshotJob restore(UiContext ctx, ConnectionTarget target, Path snapshot, String table, ImportOptions options) {
        SnapshotJob job = new SnapshotJob(I18n.t("snapshots.restore.title", table));
        ctx.tasks().run(job.titleProperty().get(), p -> ctx.services().snapshots().importSnapshot(target, snapshot, table, options,
                progress -> p.ui(() -> job.show(progress)), job.signal()), (ImportResult r) -> {
            String text = r.identical()
                    ? I18n.t("snapshots.restore.done", r.tableName(), Formats.count(r.tableItems()))
                    : I18n.t("snapshots.restore.different", r.tableName(), String.join("; ", r.differences()));
            job.finish(text);
            if (r.identical()) ctx.dialogs().notify(I18n.t("snapshots.restore.doneTitle"), text);
            else ctx.dialogs().notifyError(I18n.t("snapshots.restore.doneTitle"), text);
        }, error -> failed(ctx, target, job, error, I18n.t("snapshots.restore.failedTitle")));
        return job;
    }

    private static void failed(UiContext ctx, ConnectionTarget target, SnapshotJob job, Throwable error, String title) {
        if (error instanceof CancellationException || job.cancelled()) {
            job.fail(I18n.t("snapshots.job.cancelled"));
            return;
        }
        String text = error instanceof dev.dynamobackup.service.snapshot.SnapshotRefusedException r
                ? r.getMessage() + " " + r.todo() : error instanceof java.io.IOException ? I18n.t("snapshots.job.io", error.getMessage()) : ErrorMessages.of(error, target).sentence();
        job.fail(text);
        ctx.dialogs().notifyError(title, text);
    }
}
