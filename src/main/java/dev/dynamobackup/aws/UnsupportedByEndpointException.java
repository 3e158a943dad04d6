package dev.dynamobackup.aws;

/** An operation the current endpoint does not implement (DynamoDB Local has no backups or PITR). */
public final class UnsupportedByEndpointException extends RuntimeException {
    public UnsupportedByEndpointException(String reason) {
        super(reason);
    }
}
