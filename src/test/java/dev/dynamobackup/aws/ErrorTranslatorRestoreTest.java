package dev.dynamobackup.aws;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.UserMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error a restore or PITR call can give has its own sentence, with what to do. */
class ErrorTranslatorRestoreTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TableAlreadyExistsException|already exists|never overwrites",
            "BackupInUseException|in use|Wait until",
            "InvalidRestoreTimeException|outside the table's point-in-time recovery window|latest restorable time",
            "PointInTimeRecoveryUnavailableException|not enabled|Enable point-in-time recovery",
            "LimitExceededException|limit was reached|50 restores",
            "TableNotFoundException|table was not found|region",
            "SourceTableNotFoundException|source table of the restore was not found|$DeletedTableBackup",
            "AccessDeniedException|not allowed to call dynamodb:RestoreTableFromBackup|grant the IAM permission dynamodb:RestoreTableFromBackup"})
    void eachRestoreErrorSaysWhatHappenedAndWhatToDo(String code, String what, String todo) {
        AwsServiceException e = AwsServiceException.builder()
                .message("User: arn:aws:iam::123456789012:user/dev is not authorized to perform: dynamodb:RestoreTableFromBackup")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build()).statusCode(400).build();
        UserMessage m = ErrorTranslator.translate(e, Connection.profile("dev"), "us-east-1");
        assertTrue(m.what().contains(what), code + ": " + m.what());
        assertTrue(m.todo().contains(todo), code + ": " + m.todo());
    }
}
