package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.model.awsbackup.VaultLock;
import dev.dynamobackup.service.CheckedWrite;
import dev.dynamobackup.service.OutcomeText;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;
import software.amazon.awssdk.services.backup.model.DescribeBackupVaultResponse;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static dev.dynamobackup.service.awsbackup.AwsBackupRules.require;

/** Backup vaults of a region: list, create, delete an empty one, and Vault Lock. */
public final class VaultService {
    private final AwsClients clients;
    private final IdempotencyTokens tokens = new IdempotencyTokens();

    public VaultService(AwsClients clients) {
        this.clients = clients;
    }

    public List<Vault> list(ConnectionTarget target) {
        return backup(target).listBackupVaultsPaginator(r -> { }).backupVaultList().stream()
                .map(VaultService::toVault).toList();
    }

    public Vault describe(ConnectionTarget target, String name) {
        require(AwsBackupRules.vaultName(name));
        return toVault(backup(target).describeBackupVault(r -> r.backupVaultName(name)));
    }

    /** CreatorRequestId makes a retried create return the same vault instead of failing or making two. */
    public Vault create(ConnectionTarget target, String name, String kmsKeyArn) {
        require(AwsBackupRules.vaultName(name));
        tokens.send(Arrays.asList(target, name, blankToNull(kmsKeyArn)), requestId ->
                backup(target).createBackupVault(r -> r.backupVaultName(name).encryptionKeyArn(blankToNull(kmsKeyArn))
                        .creatorRequestId(requestId)));
        return describe(target, name);
    }

    /** Deletes a vault only when it is empty (AWS refuses otherwise; the app says why before trying). */
    public void delete(ConnectionTarget target, String name) {
        Vault vault = describe(target, name);
        if (vault.recoveryPoints() > 0) {
            throw new AwsBackupRefusedException(BackupTexts.text(BackupTexts.VAULT_NOT_EMPTY, name, vault.recoveryPoints()),
                    BackupTexts.text(BackupTexts.VAULT_NOT_EMPTY_TODO));
        }
        var writes = clients.backupWrites(target);
        CheckedWrite.resendable("DeleteBackupVault " + name, BackupWriteChecks.done(() -> writes.deleteBackupVault(r -> r.backupVaultName(name))),
                () -> BackupWriteChecks.doneIf(BackupWriteChecks.gone(() -> describe(target, name))),
                new CheckedWrite.Sentences(OutcomeText.t("awsbackup.vault.delete.notFound", name),
                        OutcomeText.t("awsbackup.vault.delete.todo"), OutcomeText.t("awsbackup.vault.delete.unknown", name),
                        OutcomeText.t("awsbackup.vault.delete.todo")));
    }

    /** Puts a Vault Lock; with changeableForDays it is compliance mode, final once those days pass. */
    public Vault lock(ConnectionTarget target, String name, VaultLock lock) {
        require(AwsBackupRules.vaultName(name));
        require(AwsBackupRules.vaultLock(lock));
        var writes = clients.backupWrites(target);
        return CheckedWrite.resendable("PutBackupVaultLockConfiguration " + name, () -> {
            writes.putBackupVaultLockConfiguration(r -> r.backupVaultName(name)
                    .minRetentionDays(toLong(lock.minRetentionDays())).maxRetentionDays(toLong(lock.maxRetentionDays()))
                    .changeableForDays(toLong(lock.changeableForDays())));
            return describe(target, name);
        }, () -> hasLock(describe(target, name), lock), new CheckedWrite.Sentences(
                OutcomeText.t("awsbackup.vault.lock.notFound", name), OutcomeText.t("awsbackup.vault.lock.todo"),
                OutcomeText.t("awsbackup.vault.lock.unknown", name), OutcomeText.t("awsbackup.vault.lock.todo")));
    }

    /** Removes a governance lock, or a compliance lock still in its grace time. */
    public Vault unlock(ConnectionTarget target, String name) {
        require(AwsBackupRules.vaultName(name));
        var writes = clients.backupWrites(target);
        return CheckedWrite.resendable("DeleteBackupVaultLockConfiguration " + name, () -> {
            writes.deleteBackupVaultLockConfiguration(r -> r.backupVaultName(name));
            return describe(target, name);
        }, () -> {
            Vault now = describe(target, name);
            return now.locked() ? java.util.Optional.empty() : java.util.Optional.of(now);
        }, new CheckedWrite.Sentences(
                OutcomeText.t("awsbackup.vault.unlock.notFound", name), OutcomeText.t("awsbackup.vault.lock.todo"),
                OutcomeText.t("awsbackup.vault.unlock.unknown", name), OutcomeText.t("awsbackup.vault.lock.todo")));
    }

    /** After an unanswered PutBackupVaultLockConfiguration: done when the vault shows this lock's retention. */
    private static java.util.Optional<Vault> hasLock(Vault vault, VaultLock lock) {
        boolean shown = vault.locked() && Objects.equals(vault.minRetentionDays(), lock.minRetentionDays())
                && Objects.equals(vault.maxRetentionDays(), lock.maxRetentionDays());
        return shown ? java.util.Optional.of(vault) : java.util.Optional.empty();
    }

    private BackupClient backup(ConnectionTarget target) {
        return clients.backup(target);
    }

    static Vault toVault(DescribeBackupVaultResponse v) {
        return new Vault(v.backupVaultName(), v.backupVaultArn(), orZero(v.numberOfRecoveryPoints()), v.encryptionKeyArn(),
                Boolean.TRUE.equals(v.locked()), toInt(v.minRetentionDays()), toInt(v.maxRetentionDays()), v.lockDate(),
                v.creationDate());
    }

    static Vault toVault(BackupVaultListMember v) {
        return new Vault(v.backupVaultName(), v.backupVaultArn(), orZero(v.numberOfRecoveryPoints()), v.encryptionKeyArn(),
                Boolean.TRUE.equals(v.locked()), toInt(v.minRetentionDays()), toInt(v.maxRetentionDays()), v.lockDate(),
                v.creationDate());
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    static Integer toInt(Long value) {
        return value == null ? null : Math.toIntExact(value);
    }

    static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
