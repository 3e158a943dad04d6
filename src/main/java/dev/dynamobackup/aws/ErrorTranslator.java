package dev.dynamobackup.aws;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionKind;
import dev.dynamobackup.model.UserMessage;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns any failure of an AWS call into a sentence that says what happened and what to do. Sentences
 * for service error codes live in {@code errors.properties} ({@code CODE.what} and {@code CODE.todo},
 * with placeholders {action}, {profile}, {endpoint}, {region}, {message}), so adding one is a line there.
 */
public final class ErrorTranslator {
    private static final Pattern NOT_AUTHORIZED = Pattern.compile("not authorized to perform:? ([a-zA-Z0-9-]+:[A-Za-z0-9]+)");
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("dev.dynamobackup.aws.errors", Locale.ROOT);

    private ErrorTranslator() {
    }

    /** The IAM action an AccessDenied text names ("not authorized to perform: dynamodb:ListBackups"), if any. */
    public static java.util.Optional<String> missingAction(String text) {
        Matcher m = NOT_AUTHORIZED.matcher(text == null ? "" : text);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    public static UserMessage translate(Throwable error, Connection connection, String region) {
        Throwable root = unwrap(error);
        String details = root.getClass().getSimpleName() + ": " + root.getMessage();
        Map<String, String> values = values(root, connection, region);

        if (root instanceof UnsupportedByEndpointException) {
            return new UserMessage(root.getMessage(), "", details);
        }
        UserMessage credentials = credentialFailure(error, connection, values, details);
        if (credentials != null) return credentials;
        if (root instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
            if (code != null && code.contains("#")) code = code.substring(code.indexOf('#') + 1);
            if (code != null && code.contains("AccessDenied")) {
                missingAction(service.getMessage()).ifPresent(action -> values.put("action", action));
                return message("AccessDenied", values, details);
            }
            if (isKmsRefusal(code, service)) return message("KmsRefused", values, details);
            if (service.statusCode() >= 500 && !service.isThrottlingException()) {
                // a read changed nothing; a write that got here was not checked afterwards (see CheckedWrite)
                return message(isWrite(root) ? "ServerErrorWrite" : "ServerErrorRead", values, details);
            }
            if (code != null && ServiceErrorCodes.KNOWN.contains(code)) return message(code, values, details);
            if (service.isThrottlingException()) return message("Throttling", values, details);
            return message("ServiceError", values, details);
        }
        String text = String.valueOf(root.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("sso") && (text.contains("expired") || text.contains("token"))) {
            return message(connection.profileName() != null ? "SsoExpired" : "SsoExpiredNoProfile", values, details);
        }
        if (text.contains("unable to load credentials") || text.contains("unable to load region")) {
            boolean noRegion = text.contains("region");
            return message(noRegion ? "NoRegion" : "NoCredentials", values, details);
        }
        if (isUnreachable(error)) {
            // "start DynamoDB Local" is advice for custom endpoints only; on AWS it is the network or DNS
            if (connection.isLocal()) return message("Unreachable", values, details);
            values.put("host", UnreachableHost.of(error).map(h -> " (" + h + ")").orElse(""));
            return message("UnreachableAws", values, details);
        }
        if (root instanceof SdkClientException) return message("ClientError", values, details);
        return message("Unexpected", values, details);
    }

    /**
     * A failure of the SSO portal, the SSO sign-in (OIDC) or STS while the SDK fetched credentials: the
     * request never reached DynamoDB, so the sentence names that service, not the DynamoDB endpoint.
     */
    private static UserMessage credentialFailure(Throwable error, Connection connection, Map<String, String> values, String details) {
        var source = CredentialSource.of(error);
        if (source.isEmpty()) return null;
        if (isUnreachable(error)) {
            values.put("host", UnreachableHost.of(error).map(h -> " (" + h + ")").orElse(""));
            switch (source.get()) {
                case SSO_PORTAL: return message("SsoPortalUnreachable", values, details);
                case SSO_OIDC: return message("SsoOidcUnreachable", values, details);
                default: return message("StsUnreachable", values, details);
            }
        }
        // an expired or revoked token, a cache without the client registration (the SDK's NullPointerException
        // "clientId is null"), an OIDC refusal to renew: each is fixed by signing in again
        if (source.get().isSso()) return message(connection.profileName() != null ? "SsoExpired" : "SsoExpiredNoProfile", values, details);
        return null;
    }

    /** DynamoDB reports a key it cannot use as a ValidationException that names KMS (or a KMS* error code). */
    private static boolean isKmsRefusal(String code, AwsServiceException service) {
        if (code == null) return false;
        if (code.startsWith("KMS") || code.startsWith("Kms")) return true;
        String message = String.valueOf(service.awsErrorDetails() == null ? service.getMessage() : service.awsErrorDetails().errorMessage());
        return code.equals("ValidationException") && (message.contains("KMS") || message.contains("kms:"));
    }

    private static Map<String, String> values(Throwable root, Connection connection, String region) {
        String action = FailedOperation.iamActionOf(root);
        String endpoint = connection.kind() == ConnectionKind.ENDPOINT ? connection.endpoint().toString()
                : connection.kind() == ConnectionKind.SANDBOX ? "the local sandbox" : "AWS in " + region;
        Map<String, String> values = new java.util.HashMap<>();
        values.put("action", action == null ? "the requested action" : action);
        values.put("profile", connection.profileName() == null ? "default" : connection.profileName());
        values.put("endpoint", endpoint);
        values.put("region", region == null ? "" : region);
        values.put("connection", connection.displayName());
        values.put("message", firstSentence(root.getMessage()));
        return values;
    }

    private static boolean isWrite(Throwable root) {
        String action = FailedOperation.iamActionOf(root);
        return action != null && WriteOperations.NOT_IDEMPOTENT.contains(action.substring(action.indexOf(':') + 1));
    }

    private static boolean isUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
                    || t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException
                    || t instanceof HttpTimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
            if (t.getClass().getName().endsWith("HttpHostConnectException")) return true;
        }
        return false;
    }

    /** Futures and reflection wrap the SDK's exception; the message belongs to the innermost cause we know. */
    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.util.concurrent.CompletionException
                || t instanceof java.lang.reflect.UndeclaredThrowableException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static UserMessage message(String key, Map<String, String> values, String details) {
        return new UserMessage(fill(TEXT.getString(key + ".what"), values),
                has(key + ".todo") ? fill(TEXT.getString(key + ".todo"), values) : "", details);
    }

    private static boolean has(String key) {
        try {
            TEXT.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        return result;
    }

    private static String firstSentence(String message) {
        if (message == null) return "no detail was given";
        String m = message.replaceAll("\\s*\\(Service: .*", "").trim();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
