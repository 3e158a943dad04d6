package dev.dynamobackup.service;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.BackupInUseException;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsUnavailableException;
import software.amazon.awssdk.services.dynamodb.model.TableInUseException;
import software.amazon.awssdk.services.dynamodb.model.TableNotFoundException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backup errors of the API reference each get a sentence: what happened and what to do. */
class BackupErrorMessagesTest {
    private static final ConnectionTarget TARGET = new ConnectionTarget(Connection.profile("prod"), "eu-west-1");

    private static <T extends software.amazon.awssdk.awscore.exception.AwsServiceException.Builder> String sentence(T builder, String code) {
        Throwable e = builder.message("detail from AWS").awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build())
                .statusCode(400).build();
        return ErrorMessages.of(e, TARGET).sentence();
    }

    @Test
    void backupInUseSaysARestoreIsRunning() {
        String s = sentence(BackupInUseException.builder(), "BackupInUseException");
        assertTrue(s.startsWith("The backup is in use"), s);
        assertTrue(s.contains("a restore from it") && s.contains("detail from AWS"), s);
        assertTrue(s.contains("Wait until that operation has finished"), s);
    }

    @Test
    void tableErrorsSayWhatToDo() {
        assertTrue(sentence(TableNotFoundException.builder(), "TableNotFoundException").contains("not found in eu-west-1"));
        assertTrue(sentence(TableInUseException.builder(), "TableInUseException").contains("Wait until it is ACTIVE"));
        assertTrue(sentence(ContinuousBackupsUnavailableException.builder(), "ContinuousBackupsUnavailableException")
                .contains("try again"));
    }
}
