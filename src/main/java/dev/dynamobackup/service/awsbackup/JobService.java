package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.Job;
import dev.dynamobackup.model.awsbackup.JobKind;
import dev.dynamobackup.model.awsbackup.JobStarted;
import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.service.RestoreValidator;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import java.util.List;
import java.util.Arrays;
import java.util.Map;

import static dev.dynamobackup.service.awsbackup.AwsBackupRules.require;

/**
 * AWS Backup jobs: on-demand backup, restore to a new table, copy to another region's vault; describe
 * and list them. Every Start*Job carries an IdempotencyToken, so a retried call never starts a second job.
 */
public final class JobService {
    private final AwsClients clients;
    private final IdempotencyTokens tokens = new IdempotencyTokens();

    public JobService(AwsClients clients) {
        this.clients = clients;
    }

    /** The default role of the account an ARN belongs to. */
    static String defaultRoleFor(String arn) {
        String[] parts = arn.split(":");
        return "arn:" + parts[1] + ":iam::" + parts[4] + ":role/" + SelectionService.DEFAULT_ROLE_PATH;
    }

    public JobStarted startBackup(ConnectionTarget target, String tableArn, String vaultName, String roleArn, Lifecycle lifecycle) {
        require(AwsBackupRules.tableArn(tableArn).or(() -> AwsBackupRules.vaultName(vaultName))
                .or(() -> roleArn == null ? java.util.Optional.empty() : AwsBackupRules.roleArn(roleArn))
                .or(() -> AwsBackupRules.lifecycle(lifecycle)));
        var r = tokens.send(Arrays.asList(JobKind.BACKUP, target, tableArn, vaultName, roleArn, lifecycle), token ->
                clients.backup(target).startBackupJob(b -> b.resourceArn(tableArn).backupVaultName(vaultName)
                        .iamRoleArn(roleArn != null ? roleArn : defaultRoleFor(tableArn)).idempotencyToken(token)
                        .lifecycle(PlanMapper.toSdk(lifecycle))));
        return new JobStarted(JobKind.BACKUP, r.backupJobId(), r.recoveryPointArn());
    }

    public JobStarted startRestore(ConnectionTarget target, String recoveryPointArn, String newTableName, String roleArn) {
        return startRestore(target, recoveryPointArn, newTableName, roleArn, null);
    }

    /**
     * Restores a recovery point to a NEW table: the name is checked and must be free in the region
     * before anything is started (a restore never overwrites). {@code kmsKeyArn} encrypts the new table
     * with that key (null: the AWS owned key).
     */
    public JobStarted startRestore(ConnectionTarget target, String recoveryPointArn, String newTableName, String roleArn,
                                   String kmsKeyArn) {
        require(AwsBackupRules.recoveryPointArn(recoveryPointArn).or(() -> RestoreValidator.tableName(newTableName).map(ProblemText::of))
                .or(() -> roleArn == null ? java.util.Optional.empty() : AwsBackupRules.roleArn(roleArn))
                .or(() -> kmsKeyArn == null ? java.util.Optional.empty() : RestoreValidator.kmsKeyArn(kmsKeyArn).map(ProblemText::of)));
        if (tableExists(target, newTableName)) {
            throw AwsBackupRefusedException.input(BackupTexts.text(BackupTexts.RESTORE_TABLE_EXISTS, newTableName, target.region()));
        }
        var r = tokens.send(Arrays.asList(JobKind.RESTORE, target, recoveryPointArn, newTableName, roleArn, kmsKeyArn), token ->
                clients.backup(target).startRestoreJob(b -> b.recoveryPointArn(recoveryPointArn).resourceType("DynamoDB")
                        .metadata(restoreMetadata(newTableName, kmsKeyArn))
                        .iamRoleArn(roleArn != null ? roleArn : defaultRoleFor(recoveryPointArn)).idempotencyToken(token)));
        return new JobStarted(JobKind.RESTORE, r.restoreJobId(), recoveryPointArn);
    }

    /** Copies a point to a vault (by ARN) in another region; restore it there from the copy's point. */
    public JobStarted startCopy(ConnectionTarget target, String recoveryPointArn, String sourceVault,
                                String destinationVaultArn, String roleArn, Lifecycle lifecycle) {
        require(AwsBackupRules.recoveryPointArn(recoveryPointArn).or(() -> AwsBackupRules.vaultName(sourceVault))
                .or(() -> AwsBackupRules.vaultArn(destinationVaultArn))
                .or(() -> roleArn == null ? java.util.Optional.empty() : AwsBackupRules.roleArn(roleArn))
                .or(() -> AwsBackupRules.lifecycle(lifecycle)));
        var r = tokens.send(Arrays.asList(JobKind.COPY, target, recoveryPointArn, sourceVault, destinationVaultArn, roleArn,
                lifecycle), token -> clients.backup(target).startCopyJob(b -> b.recoveryPointArn(recoveryPointArn)
                .sourceBackupVaultName(sourceVault).destinationBackupVaultArn(destinationVaultArn).idempotencyToken(token)
                .iamRoleArn(roleArn != null ? roleArn : defaultRoleFor(recoveryPointArn)).lifecycle(PlanMapper.toSdk(lifecycle))));
        return new JobStarted(JobKind.COPY, r.copyJobId(), null);
    }

    public Job describe(ConnectionTarget target, JobKind kind, String id) {
        var backup = clients.backup(target);
        return switch (kind) {
            case BACKUP -> {
                var j = backup.describeBackupJob(b -> b.backupJobId(id));
                yield new Job(kind, j.backupJobId(), j.stateAsString(), percent(j.percentDone()), j.statusMessage(),
                        j.resourceArn(), j.backupVaultName(), j.recoveryPointArn(), null, j.creationDate(), j.completionDate());
            }
            case RESTORE -> {
                var j = backup.describeRestoreJob(b -> b.restoreJobId(id));
                yield new Job(kind, j.restoreJobId(), j.statusAsString(), percent(j.percentDone()), j.statusMessage(),
                        null, null, j.recoveryPointArn(), j.createdResourceArn(), j.creationDate(), j.completionDate());
            }
            case COPY -> {
                var c = backup.describeCopyJob(b -> b.copyJobId(id)).copyJob();
                yield new Job(kind, c.copyJobId(), c.stateAsString(), null, c.statusMessage(), c.resourceArn(),
                        c.sourceBackupVaultArn(), c.sourceRecoveryPointArn(), c.destinationRecoveryPointArn(),
                        c.creationDate(), c.completionDate());
            }
        };
    }

    /** The region's jobs of one kind, newest first as the service lists them. */
    public List<Job> list(ConnectionTarget target, JobKind kind) {
        var backup = clients.backup(target);
        return switch (kind) {
            case BACKUP -> backup.listBackupJobsPaginator(b -> { }).backupJobs().stream()
                    .map(j -> new Job(kind, j.backupJobId(), j.stateAsString(), percent(j.percentDone()), j.statusMessage(),
                            j.resourceArn(), j.backupVaultName(), j.recoveryPointArn(), null, j.creationDate(), j.completionDate()))
                    .toList();
            case RESTORE -> backup.listRestoreJobsPaginator(b -> { }).restoreJobs().stream()
                    .map(j -> new Job(kind, j.restoreJobId(), j.statusAsString(), percent(j.percentDone()), j.statusMessage(),
                            null, null, j.recoveryPointArn(), j.createdResourceArn(), j.creationDate(), j.completionDate()))
                    .toList();
            case COPY -> backup.listCopyJobsPaginator(b -> { }).copyJobs().stream()
                    .map(c -> new Job(kind, c.copyJobId(), c.stateAsString(), null, c.statusMessage(), c.resourceArn(),
                            c.sourceBackupVaultArn(), c.sourceRecoveryPointArn(), c.destinationRecoveryPointArn(),
                            c.creationDate(), c.completionDate()))
                    .toList();
        };
    }

    /** Polls until the job leaves its running states (the CLI's --wait; the GUI uses the StatusPoller). */
    public Job await(ConnectionTarget target, JobStarted started, java.time.Duration interval, java.time.Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Job job = describe(target, started.kind(), started.id());
        while (job.isTransient() && System.nanoTime() < deadline) {
            Thread.sleep(interval.toMillis());
            job = describe(target, started.kind(), started.id());
        }
        return job;
    }

    /** AWS Backup's restore metadata for DynamoDB: the new table's name and, optionally, its KMS key. */
    static Map<String, String> restoreMetadata(String tableName, String kmsKeyArn) {
        if (kmsKeyArn == null) return Map.of("targetTableName", tableName);
        return Map.of("targetTableName", tableName, "encryptionType", "KMS", "kmsMasterKeyArn", kmsKeyArn.strip());
    }

    private boolean tableExists(ConnectionTarget target, String name) {
        try {
            clients.dynamoDb(target).describeTable(b -> b.tableName(name));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    private static Double percent(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Double.valueOf(value.replace("%", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
