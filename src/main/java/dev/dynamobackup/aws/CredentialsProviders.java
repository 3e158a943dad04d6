package dev.dynamobackup.aws;

import dev.dynamobackup.model.Connection;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The SDK credential provider for a connection. Profiles go through ProfileCredentialsProvider, which
 * handles static keys, SSO (sso/ssooidc modules) and assume-role (sts module) profiles. Nothing here
 * stores a secret: the providers read the AWS files and the environment when asked.
 */
final class CredentialsProviders {
    /** Local test servers accept any key; these placeholders are not secrets. */
    private static final AwsBasicCredentials LOCAL_PLACEHOLDER = AwsBasicCredentials.create("local", "local");

    private CredentialsProviders() {
    }

    static AwsCredentialsProvider forConnection(Connection connection) {
        return switch (connection.kind()) {
            case PROFILE -> ProfileCredentialsProvider.builder().profileName(connection.profileName()).build();
            case DEFAULT_CHAIN -> DefaultCredentialsProvider.builder().build();
            case ENDPOINT -> connection.profileName() != null
                    ? ProfileCredentialsProvider.builder().profileName(connection.profileName()).build()
                    : StaticCredentialsProvider.create(LOCAL_PLACEHOLDER);
            case SANDBOX -> StaticCredentialsProvider.create(LOCAL_PLACEHOLDER);
        };
    }
}
