package dev.dynamobackup.model.awsbackup;

/**
 * A Vault Lock to put on a vault. {@code changeableForDays} null means governance mode (removable at any
 * time by those allowed); a number (at least 3) means compliance mode, final once those days pass.
 */
public record VaultLock(Integer minRetentionDays, Integer maxRetentionDays, Integer changeableForDays) {
    public boolean complianceMode() {
        return changeableForDays != null;
    }
}
