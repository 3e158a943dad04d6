package dev.dynamobackup.aws;

import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures a write may be resent after, which leave its outcome open; the read client's guard. */
@WithMoto
class WriteRetryPolicyTest {
    @TempDir Path dir;

    private static DynamoDbException service(int status, String code) {
        return (DynamoDbException) DynamoDbException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(code).build()).build();
    }

    @Test
    void refusalsAreResentAndNothingElse() {
        assertTrue(WriteRetryPolicy.saidNoBeforeWork(service(400, "ThrottlingException")));
        assertTrue(WriteRetryPolicy.saidNoBeforeWork(service(400, "LimitExceededException")));
        assertTrue(WriteRetryPolicy.saidNoBeforeWork(SdkClientException.create("connect", new ConnectException("refused"))));
        assertFalse(WriteRetryPolicy.saidNoBeforeWork(ApiCallAttemptTimeoutException.create(15_000)));
        assertFalse(WriteRetryPolicy.saidNoBeforeWork(SdkClientException.create("reset", new IOException("Connection reset"))));
        assertFalse(WriteRetryPolicy.saidNoBeforeWork(service(500, "InternalServerError")));
        assertFalse(WriteRetryPolicy.saidNoBeforeWork(service(503, "ServiceUnavailable")));
        assertFalse(WriteRetryPolicy.saidNoBeforeWork(service(400, "ValidationException")));
    }

    @Test
    void timeoutsLostRepliesAndServerErrorsLeaveTheOutcomeOpen() {
        assertTrue(WriteRetryPolicy.outcomeUnknown(ApiCallAttemptTimeoutException.create(15_000)));
        assertTrue(WriteRetryPolicy.outcomeUnknown(SdkClientException.create("reset", new IOException("Connection reset"))));
        assertTrue(WriteRetryPolicy.outcomeUnknown(service(500, "InternalServerError")));
        assertTrue(WriteRetryPolicy.outcomeUnknown(service(503, "ServiceUnavailable")));
        assertFalse(WriteRetryPolicy.outcomeUnknown(service(400, "TableAlreadyExistsException")));
        assertFalse(WriteRetryPolicy.outcomeUnknown(service(400, "ThrottlingException")));
        assertFalse(WriteRetryPolicy.outcomeUnknown(SdkClientException.create("connect", new ConnectException("refused"))));
    }

    @Test
    void theReadClientRefusesAWriteBeforeSendingIt(Moto moto) {
        moto.createTable("us-east-1", "Orders", "pk", null);
        try (AwsClients clients = moto.clients(dir)) {
            var target = moto.target("us-east-1");
            RuntimeException refused = assertThrows(RuntimeException.class, () -> clients.dynamoDb(target)
                    .createBackup(b -> b.tableName("Orders").backupName("orders-1")));
            assertTrue(String.valueOf(refused.getMessage()).contains("dynamoDbWrites"), refused.toString());
            assertEquals(0, clients.dynamoDb(target).listBackups(b -> b.tableName("Orders")).backupSummaries().size());
            clients.dynamoDbWrites(target).createBackup(b -> b.tableName("Orders").backupName("orders-1"));
            assertEquals(1, clients.dynamoDb(target).listBackups(b -> b.tableName("Orders")).backupSummaries().size());
        }
    }
}
