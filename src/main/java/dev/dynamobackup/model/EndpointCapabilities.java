package dev.dynamobackup.model;

/**
 * What an endpoint implements. DynamoDB Local has tables and items only; a view that needs more
 * shows itself as unavailable with {@link #reason()} instead of calling and failing.
 */
public record EndpointCapabilities(boolean backups, boolean pointInTimeRecovery, boolean awsBackup, boolean tagging,
                                   Problem limitation) {

    public static final EndpointCapabilities FULL = new EndpointCapabilities(true, true, true, true, null);

    public static final EndpointCapabilities DYNAMODB_LOCAL = new EndpointCapabilities(false, false, false, false,
            Problem.of("endpoint.localOnly"));

    /** What the endpoint behind a connection implements. */
    public static EndpointCapabilities of(Connection connection) {
        return connection.kind() == ConnectionKind.SANDBOX ? DYNAMODB_LOCAL : FULL;
    }

    /** Why views beyond tables and items are unavailable, from the bundle; null when everything is. */
    public String reason() {
        return limitation == null ? null : limitation.text();
    }
}
