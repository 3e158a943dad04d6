package dev.dynamobackup.aws;

import java.util.Set;

/**
 * The service error codes that have their own sentence in {@code errors.properties} ({@code CODE.what},
 * {@code CODE.todo}). The translator looks a code up here before it builds a key from it, so a code the
 * service may invent later falls back to the generic sentence, and the consistency test can check each.
 */
public final class ServiceErrorCodes {
    public static final Set<String> KNOWN = Set.of(
            // credentials and requests (DynamoDB, STS, AWS Backup)
            "ExpiredTokenException", "ExpiredToken", "UnrecognizedClientException", "InvalidSignatureException",
            "ThrottlingException", "UnknownOperationException", "InternalServerError", "ValidationException",
            // DynamoDB tables and backups
            "ResourceNotFoundException", "ResourceInUseException", "TableAlreadyExistsException", "BackupInUseException",
            "BackupNotFoundException", "BackupNotFound", "InvalidRestoreTimeException",
            "PointInTimeRecoveryUnavailableException", "LimitExceededException", "TableNotFoundException",
            "SourceTableNotFoundException", "TableInUseException", "ContinuousBackupsUnavailableException",
            // AWS Backup
            "AlreadyExistsException", "InvalidRequestException", "InvalidParameterValueException",
            "MissingParameterValueException", "DependencyFailureException", "InvalidResourceStateException",
            "ServiceUnavailableException");

    private ServiceErrorCodes() {
    }
}
