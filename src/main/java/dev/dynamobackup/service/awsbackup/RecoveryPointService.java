package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.RecoveryPoint;
import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.service.CheckedWrite;
import dev.dynamobackup.service.OutcomeText;
import software.amazon.awssdk.services.backup.model.CalculatedLifecycle;
import software.amazon.awssdk.services.backup.model.DescribeRecoveryPointResponse;
import software.amazon.awssdk.services.backup.model.RecoveryPointByBackupVault;
import software.amazon.awssdk.services.backup.model.RecoveryPointCreator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.dynamobackup.service.awsbackup.AwsBackupRules.require;

/** Recovery points per vault and per table, with computed lifecycle dates; deletion honours Vault Lock. */
public final class RecoveryPointService {
    private final AwsClients clients;
    private final VaultService vaults;
    private final Clock clock;

    public RecoveryPointService(AwsClients clients, VaultService vaults, Clock clock) {
        this.clients = clients;
        this.vaults = vaults;
        this.clock = clock;
    }

    public List<RecoveryPoint> listByVault(ConnectionTarget target, String vaultName) {
        require(AwsBackupRules.vaultName(vaultName));
        return clients.backup(target).listRecoveryPointsByBackupVaultPaginator(b -> b.backupVaultName(vaultName))
                .recoveryPoints().stream().map(RecoveryPointService::toPoint).toList();
    }

    /** A table's points in every vault (ListRecoveryPointsByResource), each described for lifecycle and plan. */
    public List<RecoveryPoint> listByTable(ConnectionTarget target, String tableArn) {
        require(AwsBackupRules.tableArn(tableArn));
        return clients.backup(target).listRecoveryPointsByResourcePaginator(b -> b.resourceArn(tableArn))
                .recoveryPoints().stream().map(p -> describe(target, p.backupVaultName(), p.recoveryPointArn())).toList();
    }

    public RecoveryPoint describe(ConnectionTarget target, String vaultName, String arn) {
        require(AwsBackupRules.recoveryPointArn(arn));
        DescribeRecoveryPointResponse r = clients.backup(target)
                .describeRecoveryPoint(b -> b.backupVaultName(vaultName).recoveryPointArn(arn));
        Lifecycle lifecycle = PlanMapper.fromSdk(r.lifecycle());
        RecoveryPointCreator by = r.createdBy();
        return new RecoveryPoint(r.recoveryPointArn(), r.backupVaultName(), r.resourceArn(), r.resourceName(),
                r.statusAsString(), size(r.backupSizeInBytes()), r.creationDate(), r.completionDate(), lifecycle,
                coldDate(r.calculatedLifecycle(), r.creationDate(), lifecycle),
                deleteDate(r.calculatedLifecycle(), r.creationDate(), lifecycle), r.storageClassAsString(),
                by == null ? null : by.backupPlanId(), by == null ? null : by.backupPlanVersion(),
                by == null ? null : by.backupRuleId());
    }

    /** Finds a point's vault from the table's list (points are addressed by vault and ARN). */
    public RecoveryPoint find(ConnectionTarget target, String arn) {
        require(AwsBackupRules.recoveryPointArn(arn));
        for (Vault v : vaults.list(target)) {
            for (RecoveryPoint p : listByVault(target, v.name())) if (p.arn().equals(arn)) return p;
        }
        throw software.amazon.awssdk.services.backup.model.ResourceNotFoundException.builder()
                .message("recovery point " + arn + " is in none of the vaults of " + target.region()).build();
    }

    /**
     * Deletes a point, unless its vault's lock still forbids it: the app says why and sends nothing
     * (AWS would refuse anyway).
     */
    public void delete(ConnectionTarget target, String vaultName, String arn) {
        RecoveryPoint point = describe(target, vaultName, arn);
        Vault vault = vaults.describe(target, vaultName);
        if (vault.locked() && vault.minRetentionDays() != null && point.created() != null) {
            Instant allowed = point.created().plus(Duration.ofDays(vault.minRetentionDays()));
            if (clock.instant().isBefore(allowed)) {
                long age = Duration.between(point.created(), clock.instant()).toDays();
                throw new AwsBackupRefusedException(
                        BackupTexts.text(BackupTexts.LOCKED_WHAT, vaultName, vault.minRetentionDays(), age, allowed),
                        BackupTexts.text(BackupTexts.LOCKED_TODO, vaultName, vault.minRetentionDays(), age, allowed));
            }
        }
        var writes = clients.backupWrites(target);
        CheckedWrite.resendable("DeleteRecoveryPoint " + arn,
                BackupWriteChecks.done(() -> writes.deleteRecoveryPoint(b -> b.backupVaultName(vaultName).recoveryPointArn(arn))),
                () -> BackupWriteChecks.doneIf(pointGone(target, vaultName, arn)),
                new CheckedWrite.Sentences(OutcomeText.t("awsbackup.point.delete.notFound", arn),
                        OutcomeText.t("awsbackup.point.delete.todo"), OutcomeText.t("awsbackup.point.delete.unknown", arn),
                        OutcomeText.t("awsbackup.point.delete.todo")));
    }

    /** After an unanswered DeleteRecoveryPoint: done when the point is gone or being deleted. */
    private boolean pointGone(ConnectionTarget target, String vaultName, String arn) {
        var backup = clients.backup(target);
        boolean[] deleting = {false};
        boolean gone = BackupWriteChecks.gone(() -> deleting[0] = "DELETING".equals(backup.describeRecoveryPoint(
                b -> b.backupVaultName(vaultName).recoveryPointArn(arn)).statusAsString()));
        return gone || deleting[0];
    }

    static RecoveryPoint toPoint(RecoveryPointByBackupVault r) {
        Lifecycle lifecycle = PlanMapper.fromSdk(r.lifecycle());
        RecoveryPointCreator by = r.createdBy();
        return new RecoveryPoint(r.recoveryPointArn(), r.backupVaultName(), r.resourceArn(), r.resourceName(),
                r.statusAsString(), size(r.backupSizeInBytes()), r.creationDate(), r.completionDate(), lifecycle,
                coldDate(r.calculatedLifecycle(), r.creationDate(), lifecycle),
                deleteDate(r.calculatedLifecycle(), r.creationDate(), lifecycle), null,
                by == null ? null : by.backupPlanId(), by == null ? null : by.backupPlanVersion(),
                by == null ? null : by.backupRuleId());
    }

    /** The service's calculated date when it gave one, else creation + the lifecycle's days. */
    static Instant coldDate(CalculatedLifecycle calculated, Instant created, Lifecycle lifecycle) {
        if (calculated != null && calculated.moveToColdStorageAt() != null) return calculated.moveToColdStorageAt();
        return plusDays(created, lifecycle.coldAfterDays());
    }

    static Instant deleteDate(CalculatedLifecycle calculated, Instant created, Lifecycle lifecycle) {
        if (calculated != null && calculated.deleteAt() != null) return calculated.deleteAt();
        return plusDays(created, lifecycle.deleteAfterDays());
    }

    private static Instant plusDays(Instant created, Integer days) {
        return created == null || days == null ? null : created.plus(Duration.ofDays(days));
    }

    private static long size(Long bytes) {
        return bytes == null ? 0 : bytes;
    }
}
