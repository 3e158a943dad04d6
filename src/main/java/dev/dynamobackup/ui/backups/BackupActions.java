package dev.dynamobackup.ui.backups;

import dev.dynamobackup.model.BackupRequest;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.BulkQueue;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.session.UiEvent;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * The backups feature's shared actions: create and delete through the rate-limited queue, following
 * CREATING backups with the app's status poller, and telling every open backups view (the table's tab
 * and the region view) what changed through the UI's event bus, so rows update in place.
 */
public final class BackupActions {
    private final UiContext ctx;

    public BackupActions(UiContext ctx) {
        this.ctx = ctx;
    }

    public UiContext context() {
        return ctx;
    }

    /** Backs up the tables of {@code requests}; {@code progress} gets one row per table. */
    public void create(ConnectionTarget target, List<BackupRequest> requests, BulkProgressModel progress) {
        requests.forEach(r -> progress.add(r.tableName(), r.backupName()));
        ctx.tasks().run(I18n.t("backups.task.create", requests.size()),
                p -> ctx.backups().createAll(target, requests, listener(p, progress, BackupRequest::tableName,
                        (r, b) -> {
                            changed(target, b);
                            if (b.isTransient()) follow(target, b);
                        })),
                outcomes -> finished(progress, outcomes, I18n.t("backups.created.title"), ok -> I18n.t("backups.created.text", ok)),
                error -> progress.failedAll(ErrorMessages.of(error, target).sentence()));
    }

    /** Deletes {@code backups}; AWS_BACKUP ones must have been filtered out by the caller. */
    public void delete(ConnectionTarget target, List<BackupSummary> backups, BulkProgressModel progress) {
        backups.forEach(b -> progress.add(b.arn(), b.name()));
        List<String> arns = backups.stream().map(BackupSummary::arn).toList();
        ctx.tasks().run(I18n.t("backups.task.delete", backups.size()),
                p -> ctx.backups().deleteAll(target, arns, listener(p, progress, a -> a, (a, b) -> removed(target, a))),
                outcomes -> finished(progress, outcomes, I18n.t("backups.deleted.title"), ok -> I18n.t("backups.deleted.text", ok)),
                error -> progress.failedAll(ErrorMessages.of(error, target).sentence()));
    }

    private <I> BulkQueue.Listener<I, BackupSummary> listener(dev.dynamobackup.tasks.TaskRunner.Progress p,
            BulkProgressModel progress, java.util.function.Function<I, String> key, BiConsumer<I, BackupSummary> done) {
        return new BulkQueue.Listener<>() {
            @Override
            public void started(I item) {
                p.ui(() -> progress.running(key.apply(item)));
            }

            @Override
            public void retrying(I item, int attempt, java.time.Duration wait, Throwable error) {
                p.ui(() -> progress.retrying(key.apply(item), attempt, wait));
            }

            @Override
            public void succeeded(I item, BackupSummary result) {
                p.ui(() -> {
                    progress.done(key.apply(item), result.status());
                    done.accept(item, result);
                });
            }

            @Override
            public void failed(I item, Throwable error) {
                p.ui(() -> progress.failed(key.apply(item), ErrorMessages.of(error, progress.target()).sentence()));
            }
        };
    }

    private <I> void finished(BulkProgressModel progress, List<BulkQueue.Outcome<I, BackupSummary>> outcomes, String title,
                              java.util.function.LongFunction<String> text) {
        long ok = outcomes.stream().filter(BulkQueue.Outcome::succeeded).count();
        progress.finish();
        if (ok > 0) ctx.dialogs().notify(title, text.apply(ok));
        if (ok < outcomes.size()) {
            // the first reason in full (a single item has no progress window to look at)
            ctx.dialogs().notifyError(I18n.t("backups.someFailed.title"), outcomes.size() - ok == 1
                    ? progress.firstFailure() : I18n.t("backups.someFailed.text", outcomes.size() - ok, progress.firstFailure()));
        }
    }

    /** Follows a CREATING backup until it settles (the app's one poller; rows update in place). */
    public void follow(ConnectionTarget target, BackupSummary backup) {
        ctx.poller().watch(new BackupStatusTarget(target, backup, arn -> ctx.backups().describeIfExists(target, arn),
                new BackupStatusTarget.Listener() {
                    @Override
                    public void changed(BackupSummary b) {
                        BackupActions.this.changed(target, b);
                    }

                    @Override
                    public void gone(BackupSummary last) {
                        removed(target, last.arn());
                    }

                    @Override
                    public void available(BackupSummary b) {
                        ctx.dialogs().notify(I18n.t("backups.available.title"), I18n.t("backups.available.text", b.name(), b.tableName()));
                    }

                    @Override
                    public void failed(BackupSummary last, String reason) {
                        ctx.dialogs().notifyError(I18n.t("backups.failed.title"), I18n.t("backups.failed.text", last.name(), reason));
                    }
                }, error -> ErrorMessages.of(error, target).sentence()));
    }

    public boolean isFollowed(ConnectionTarget target, String arn) {
        return ctx.poller().watchedKeys().contains(BackupStatusTarget.keyOf(target, arn));
    }

    private void changed(ConnectionTarget target, BackupSummary b) {
        ctx.events().publish(new UiEvent.BackupChanged(target, b));
    }

    private void removed(ConnectionTarget target, String arn) {
        ctx.events().publish(new UiEvent.BackupRemoved(target, arn));
    }
}
