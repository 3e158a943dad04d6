package dev.dynamobackup.tasks;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.Job;
import dev.dynamobackup.model.awsbackup.JobStarted;
import dev.dynamobackup.service.awsbackup.JobService;

import java.util.function.Consumer;

/** An AWS Backup job for the app's one {@link StatusPoller}: polled while it runs, reported when it settles. */
public final class AwsBackupJobTarget {
    private AwsBackupJobTarget() {
    }

    public static PollTarget<Job> of(JobService jobs, ConnectionTarget target, JobStarted started,
                                     Consumer<Job> onUpdate, Consumer<Throwable> onGiveUp) {
        return PollTarget.of("aws-backup-job:" + target.region() + ":" + started.kind() + ":" + started.id(),
                () -> jobs.describe(target, started.kind(), started.id()), Job::isTransient, onUpdate, onGiveUp);
    }
}
