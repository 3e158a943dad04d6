package dev.dynamobackup.ui.jobs;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EndpointCapabilities;
import dev.dynamobackup.model.RestoreRecord;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.model.awsbackup.Job;
import dev.dynamobackup.model.awsbackup.JobKind;
import dev.dynamobackup.model.awsbackup.JobStarted;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.tasks.AwsBackupJobTarget;
import dev.dynamobackup.ui.UiContext;
import dev.dynamobackup.ui.common.I18n;
import dev.dynamobackup.ui.common.RegionList;
import dev.dynamobackup.ui.session.UiEvent;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The region's AWS Backup jobs (backup, restore, copy) for the Jobs view. Jobs the app starts are
 * followed by the app's one StatusPoller; when one settles the user is notified, and a finished restore
 * job is written to the restore-time history like a native restore.
 */
public final class JobsModel {
    private final UiContext ctx;
    /** The region's jobs: follows the session, loads each time the view shows, one load at a time. */
    private final RegionList<Job> list;
    /** Whether the Jobs view is on screen: false until it is loaded and bound ({@link #followSession}). */
    private final javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty(false);

    public JobsModel(UiContext ctx) {
        this.ctx = ctx;
        this.list = new RegionList<>(ctx.tasks(), ctx.backups()::capabilities, EndpointCapabilities::awsBackup,
                t -> I18n.t("jobs.task.list", t.region()), this::listAll).reloadOnShow();
        // the region is followed from the start, so the rows of jobs followed before the view loads land here
        list.follow(ctx.session(), shown);
        // jobs started by other screens (the create-backup wizard, restore, copy) are followed here
        ctx.events().subscribe(UiEvent.AwsBackupJobStarted.class, e -> follow(e.target(), e.started()));
    }

    /** Loads each time the view's {@code viewShown} turns true (the view is loaded after the model). */
    public void followSession(ObservableValue<Boolean> viewShown) {
        shown.bind(viewShown);
    }

    public ObservableList<Job> jobs() {
        return list.rows();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    /** The last load's failure; empty when it worked. */
    public ReadOnlyObjectProperty<Optional<UserMessage>> errorProperty() {
        return list.errorProperty();
    }

    /** Why this endpoint has no AWS Backup jobs (the sandbox); empty where it has. */
    public ReadOnlyObjectProperty<Optional<String>> unavailableProperty() {
        return list.unavailableProperty();
    }

    /** Lists the three kinds of job in the session's region (newest first). */
    public void refresh() {
        list.refresh();
    }

    private List<Job> listAll(ConnectionTarget target) {
        List<Job> all = new ArrayList<>();
        for (JobKind kind : JobKind.values()) all.addAll(ctx.services().awsBackup().jobs().list(target, kind));
        all.sort(Comparator.comparing(Job::created, Comparator.nullsLast(Comparator.reverseOrder())));
        return all;
    }

    /**
     * Follows a job the app started until it settles: the row is updated on every poll, and the user
     * is told when it completes or fails.
     */
    public void follow(ConnectionTarget target, JobStarted started) {
        ctx.poller().watch(AwsBackupJobTarget.of(ctx.services().awsBackup().jobs(), target, started,
                job -> update(target, job), e -> ctx.dialogs().notifyError(I18n.t("jobs.notify.title"),
                        I18n.t("jobs.notify.lost", kindText(started.kind()), started.id(), ErrorMessages.of(e, target).sentence()))));
    }

    private void update(ConnectionTarget target, Job job) {
        if (Objects.equals(target, list.target())) put(job);
        if (job.isTransient()) return;
        ctx.events().publish(new UiEvent.JobFinished(target, job));
        if (job.succeeded()) {
            ctx.dialogs().notify(I18n.t("jobs.notify.title"), I18n.t("jobs.notify.completed", kindText(job.kind()), job.id()));
            if (job.kind() == JobKind.RESTORE) recordRestore(target, job);
        } else {
            ctx.dialogs().notifyError(I18n.t("jobs.notify.title"), I18n.t("jobs.notify.failed", kindText(job.kind()), job.id(),
                    job.statusMessage() == null ? job.state() : job.statusMessage()));
        }
    }

    /** Replaces the job's row in place, or adds it on top. */
    private void put(Job job) {
        ObservableList<Job> jobs = list.rows();
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i).id().equals(job.id())) {
                jobs.set(i, job);
                return;
            }
        }
        jobs.add(0, job);
    }

    /** AWS Backup restores count in the same recovery-time history as native ones (as `dbm jobs restore --wait`). */
    private void recordRestore(ConnectionTarget target, Job job) {
        ctx.tasks().run(I18n.t("jobs.task.history"), p -> {
            String source = ctx.services().awsBackup().recoveryPoints().find(target, job.recoveryPointArn()).resourceName();
            String table = tableName(job.createdResourceArn());
            RestoreRecord record = new RestoreRecord(target.region(), source == null ? "" : source, table, "AWS_BACKUP",
                    job.created() == null ? Instant.now() : job.created(), job.completed() == null ? Instant.now() : job.completed());
            ctx.recovery().history().record(record);
            return record;
        }, record -> ctx.events().publish(new UiEvent.RestoreRecorded(target, record)),
                e -> ctx.dialogs().notifyError(I18n.t("jobs.notify.title"), I18n.t("jobs.notify.historyFailed",
                        ErrorMessages.of(e, target).sentence())));
    }

    /** The table name at the end of a table ARN (".../table/Name"). */
    static String tableName(String tableArn) {
        if (tableArn == null) return "";
        int slash = tableArn.indexOf(":table/");
        return slash < 0 ? tableArn : tableArn.substring(slash + ":table/".length());
    }

    /** A kind of job in the user's words. */
    public static String kindText(JobKind kind) {
        return switch (kind) {
            case BACKUP -> I18n.t("jobs.kind.backup");
            case RESTORE -> I18n.t("jobs.kind.restore");
            case COPY -> I18n.t("jobs.kind.copy");
        };
    }
}
