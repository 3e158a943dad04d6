package dev.dynamobackup.model;

/**
 * What an endpoint implements. DynamoDB Local has tables and items only; a view that needs more
 * shows itself as unavailable with {@link #reason()} instead of calling and failing.
 */
public record EndpointCapabilities(boolean backups, boolean pointInTimeRecovery, boolean awsBackup, boolean tagging,
                                   String reason) {

    public static final EndpointCapabilities FULL = new EndpointCapabilities(true, true, true, true, null);

    public static final EndpointCapabilities DYNAMODB_LOCAL = new EndpointCapabilities(false, false, false, false,
            "DynamoDB Local (the embedded sandbox) implements tables and items only: backups, point-in-time "
                    + "recovery and AWS Backup need a connection to AWS or to moto.");

    /** What the endpoint behind a connection implements. */
    public static EndpointCapabilities of(Connection connection) {
        return connection.kind() == ConnectionKind.SANDBOX ? DYNAMODB_LOCAL : FULL;
    }
}
