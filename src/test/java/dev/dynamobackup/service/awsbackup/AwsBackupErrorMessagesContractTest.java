package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.BackupService;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.testing.BackupContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AWS Backup failures and refusals become sentences that say what happened and what to do. */
class AwsBackupErrorMessagesContractTest {
    @Test
    void failuresAndRefusalsHaveSentences(@TempDir Path dir) {
        BackupContract contract = new BackupContract();
        contract.server().reset();
        try (AwsClients clients = contract.clients(dir)) {
            AwsBackupServices s = AwsBackupServices.create(clients, new BackupService(clients));
            ConnectionTarget east = contract.target("us-east-1");
            Exception missing = assertThrows(RuntimeException.class, () -> s.jobs().startBackup(east,
                    "arn:aws:dynamodb:us-east-1:123456789012:table/Orders", "NoSuchVault", null, null));
            String sentence = ErrorMessages.of(missing, east).sentence();
            assertTrue(sentence.startsWith("What was asked for was not found in us-east-1: Backup vault NoSuchVault not found"), sentence);

            Exception refused = assertThrows(AwsBackupRefusedException.class, () -> s.vaults().create(east, "x", null));
            String why = ErrorMessages.of(refused, east).sentence();
            assertTrue(why.endsWith("Correct it and try again; nothing was sent to AWS."), why);
        }
    }
}
