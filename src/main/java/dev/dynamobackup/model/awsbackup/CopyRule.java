package dev.dynamobackup.model.awsbackup;

/** A rule's copy action: to a vault (by ARN, usually in another region) with that copy's own lifecycle. */
public record CopyRule(String destinationVaultArn, Lifecycle lifecycle) {
    /** The region of the destination vault (its ARN's fourth field). */
    public String destinationRegion() {
        String[] parts = destinationVaultArn.split(":", 6);
        return parts.length > 3 ? parts[3] : "";
    }
}
