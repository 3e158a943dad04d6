package dev.dynamobackup.ui.backups;

import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.tasks.PollTarget;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Follows one backup while it is CREATING. When it settles: AVAILABLE raises a notification; gone
 * (deleted, or the creation failed) or polling given up raises an error notification with the reason.
 */
final class BackupStatusTarget implements PollTarget<BackupStatusTarget.State> {
    /** The polled state: the backup as described, or gone. */
    record State(BackupSummary backup, boolean gone) {
    }

    /** One DescribeBackup; empty when the backup no longer exists. */
    @FunctionalInterface
    interface Describe {
        Optional<BackupSummary> describe(String arn) throws Exception;
    }

    /** What to tell when the backup settles (the UI's dialog service). */
    interface Listener {
        void changed(BackupSummary backup);

        void gone(BackupSummary last);

        void available(BackupSummary backup);

        void failed(BackupSummary last, String reason);
    }

    private final ConnectionTarget target;
    private final BackupSummary initial;
    private final Describe describe;
    private final Listener listener;
    private final java.util.function.Function<Throwable, String> explain;

    BackupStatusTarget(ConnectionTarget target, BackupSummary initial, Describe describe, Listener listener,
                       java.util.function.Function<Throwable, String> explain) {
        this.target = target;
        this.initial = initial;
        this.describe = describe;
        this.listener = listener;
        this.explain = explain;
    }

    static String keyOf(ConnectionTarget target, String arn) {
        return "backup:" + target.connection().id() + ":" + arn;
    }

    @Override
    public String key() {
        return keyOf(target, initial.arn());
    }

    @Override
    public State poll() throws Exception {
        return describe.describe(initial.arn()).map(b -> new State(b, false)).orElse(new State(null, true));
    }

    @Override
    public boolean isTransient(State state) {
        return !state.gone() && state.backup().isTransient();
    }

    @Override
    public void onUpdate(State state) {
        if (state.gone()) {
            listener.gone(initial);
            listener.failed(initial, I18n.t("backups.failed.gone"));
            return;
        }
        BackupSummary now = merged(state.backup());
        listener.changed(now);
        if (BackupSummary.AVAILABLE.equals(now.status())) listener.available(now);
        else if (!now.isTransient()) listener.failed(now, I18n.t("backups.failed.status", now.status()));
    }

    @Override
    public void onGiveUp(Throwable error) {
        listener.failed(initial, explain.apply(error));
    }

    /** DescribeBackup does not repeat what the list knew (e.g. the table ARN of older backups). */
    private BackupSummary merged(BackupSummary b) {
        return new BackupSummary(b.arn(), b.name(), b.tableName() != null ? b.tableName() : initial.tableName(),
                b.tableArn() != null ? b.tableArn() : initial.tableArn(), b.status(), b.type(), b.sizeBytes(),
                b.created() != null ? b.created() : initial.created(), b.expiry());
    }
}
