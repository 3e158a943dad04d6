package dev.dynamobackup.aws;

import java.util.Optional;

/**
 * The service a credential provider called when a request failed before it reached DynamoDB: the SSO portal
 * (GetRoleCredentials), the SSO OIDC service (renewing the sign-in) or STS (assuming a role). Found from the
 * failure's own stack frames, since the SDK throws the same SdkClientException for all of them and for
 * DynamoDB itself.
 */
enum CredentialSource {
    SSO_PORTAL("software.amazon.awssdk.services.sso."),
    SSO_OIDC("software.amazon.awssdk.services.ssooidc."),
    STS("software.amazon.awssdk.services.sts.");

    private final String packagePrefix;

    CredentialSource(String packagePrefix) {
        this.packagePrefix = packagePrefix;
    }

    boolean isSso() {
        return this != STS;
    }

    static Optional<CredentialSource> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                String cls = frame.getClassName();
                for (CredentialSource source : values()) {
                    if (cls.startsWith(source.packagePrefix)) return Optional.of(source);
                }
            }
        }
        return Optional.empty();
    }
}
