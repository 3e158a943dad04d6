package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.Vault;
import dev.dynamobackup.model.awsbackup.VaultLock;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;
import software.amazon.awssdk.services.backup.model.DescribeBackupVaultResponse;

import java.util.List;
import java.util.UUID;

import static dev.dynamobackup.service.awsbackup.AwsBackupRules.require;

/** Backup vaults of a region: list, create, delete an empty one, and Vault Lock. */
public final class VaultService {
    private final AwsClients clients;

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
        String requestId = UUID.randomUUID().toString();
        backup(target).createBackupVault(r -> r.backupVaultName(name).encryptionKeyArn(blankToNull(kmsKeyArn))
                .creatorRequestId(requestId));
        return describe(target, name);
    }

    /** Deletes a vault only when it is empty (AWS refuses otherwise; the app says why before trying). */
    public void delete(ConnectionTarget target, String name) {
        Vault vault = describe(target, name);
        if (vault.recoveryPoints() > 0) {
            throw new AwsBackupRefusedException(BackupTexts.text(BackupTexts.VAULT_NOT_EMPTY, name, vault.recoveryPoints()),
                    BackupTexts.text(BackupTexts.VAULT_NOT_EMPTY_TODO));
        }
        backup(target).deleteBackupVault(r -> r.backupVaultName(name));
    }

    /** Puts a Vault Lock; with changeableForDays it is compliance mode, final once those days pass. */
    public Vault lock(ConnectionTarget target, String name, VaultLock lock) {
        require(AwsBackupRules.vaultName(name));
        require(AwsBackupRules.vaultLock(lock));
        backup(target).putBackupVaultLockConfiguration(r -> r.backupVaultName(name)
                .minRetentionDays(toLong(lock.minRetentionDays())).maxRetentionDays(toLong(lock.maxRetentionDays()))
                .changeableForDays(toLong(lock.changeableForDays())));
        return describe(target, name);
    }

    /** Removes a governance lock, or a compliance lock still in its grace time. */
    public Vault unlock(ConnectionTarget target, String name) {
        require(AwsBackupRules.vaultName(name));
        backup(target).deleteBackupVaultLockConfiguration(r -> r.backupVaultName(name));
        return describe(target, name);
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
