package dev.dynamobackup.ui.session;

import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.RestoreRecord;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.model.awsbackup.Job;
import dev.dynamobackup.model.awsbackup.JobStarted;

/**
 * What one screen tells the others through {@link UiEvents}: each names the connection and region it
 * happened in, so a screen showing another one ignores it (news about no connection name none).
 */
public sealed interface UiEvent {

    /** A table's row changed (status, PITR, a restored table appearing): the list replaces it in place. */
    record TableChanged(ConnectionTarget target, TableSummary table) implements UiEvent {
    }

    /** A backup was created or changed state (CREATING to AVAILABLE). */
    record BackupChanged(ConnectionTarget target, BackupSummary backup) implements UiEvent {
    }

    /** A backup was deleted or is gone. */
    record BackupRemoved(ConnectionTarget target, String arn) implements UiEvent {
    }

    /** A finished restore was written to the restore history (the PITR tab re-reads it). */
    record RestoreRecorded(ConnectionTarget target, RestoreRecord record) implements UiEvent {
    }

    /** A snapshot file was written or deleted (the Snapshots view lists its folders again). */
    record SnapshotsChanged() implements UiEvent {
    }

    /** The app started an AWS Backup job: the Jobs view follows it with the poller until it settles. */
    record AwsBackupJobStarted(ConnectionTarget target, JobStarted started) implements UiEvent {
    }

    /** An AWS Backup job the app followed has settled (completed, failed or aborted). */
    record JobFinished(ConnectionTarget target, Job job) implements UiEvent {
    }

    /** AccessDenied: the user asked for the IAM helper, with the feature the denied action belongs to preselected. */
    record IamHelpRequested(UserMessage denied) implements UiEvent {
    }
}
