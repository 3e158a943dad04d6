package dev.dynamobackup.model;

/** How the app reaches DynamoDB. */
public enum ConnectionKind {
    /** A named profile from ~/.aws/config or ~/.aws/credentials (static keys, SSO, assume-role). */
    PROFILE,
    /** The SDK's default credential chain (environment, profile "default", container, instance). */
    DEFAULT_CHAIN,
    /** A custom endpoint URL: DynamoDB Local, moto, LocalStack. */
    ENDPOINT,
    /** The in-process DynamoDB Local that the app embeds. */
    SANDBOX
}
