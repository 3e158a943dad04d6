package dev.dynamobackup.aws;

import java.util.Set;

/**
 * The DynamoDB operations the app sends that must not be resent blindly, because a second copy of a
 * request the service already carried out does harm or fails falsely. They go through the write
 * client ({@link AwsClients#dynamoDbWrites}), which retries only what {@link WriteRetryPolicy} allows.
 * <ul>
 * <li>CreateBackup: names are not unique, a resend makes a second (billed) backup.</li>
 * <li>RestoreTableFromBackup, RestoreTableToPointInTime: a resend fails with TableAlreadyExists
 *     although the restore started.</li>
 * <li>DeleteBackup: a resend fails with BackupNotFound although the backup was deleted.</li>
 * <li>UpdateContinuousBackups: a set-state call, but a resend may race the first change and answer
 *     ContinuousBackupsUnavailable; its outcome is checked instead.</li>
 * <li>UpdateTable (settings replay: stream, deletion protection): a resend finds the table UPDATING
 *     (ResourceInUse) or the stream already enabled (ValidationException).</li>
 * <li>UpdateTimeToLive (settings replay): a resend answers "TimeToLive is already enabled".</li>
 * <li>CreateTable: a resend answers ResourceInUse (only the sandbox seeder sends it, with no network).</li>
 * </ul>
 * TagResource stays on the read client: tagging again with the same tags changes nothing and succeeds.
 * <p>{@link #BACKUP_NOT_IDEMPOTENT}: the AWS Backup writes without an idempotency token, sent through
 * {@link AwsClients#backupWrites}. A resend of a delete answers "not found" for work that was done; a
 * lock, region-settings or plan update is repeated. The writes with a token (Start*Job, Create*) stay
 * on the read client: the SDK resends the same request, with the same token, which the service answers
 * with the first call's result.
 */
public final class WriteOperations {
    public static final Set<String> NOT_IDEMPOTENT = Set.of("CreateBackup", "RestoreTableFromBackup",
            "RestoreTableToPointInTime", "DeleteBackup", "UpdateContinuousBackups", "UpdateTable", "UpdateTimeToLive",
            "CreateTable");
    public static final Set<String> BACKUP_NOT_IDEMPOTENT = Set.of("DeleteRecoveryPoint", "DeleteBackupVault",
            "DeleteBackupPlan", "DeleteBackupSelection", "PutBackupVaultLockConfiguration",
            "DeleteBackupVaultLockConfiguration", "UpdateRegionSettings", "UpdateBackupPlan");

    private WriteOperations() {
    }
}
