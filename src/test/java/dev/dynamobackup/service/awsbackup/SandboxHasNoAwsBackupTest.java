package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.aws.UnsupportedByEndpointException;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.BackupService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DynamoDB Local has no AWS Backup: the services say so, as the other features do, instead of calling. */
class SandboxHasNoAwsBackupTest {
    @Test
    void vaultsOnTheSandboxAreUnavailableWithTheReason(@TempDir Path dir) {
        try (AwsClients clients = new AwsClients(ClientOptions.forTests(), new EmbeddedSandbox(dir, c -> { }))) {
            ConnectionTarget sandbox = new ConnectionTarget(Connection.sandbox(), "us-east-1");
            assertFalse(clients.capabilities(sandbox.connection()).awsBackup());
            var services = AwsBackupServices.create(clients, new BackupService(clients));
            var e = assertThrows(UnsupportedByEndpointException.class, () -> services.vaults().list(sandbox));
            assertTrue(e.getMessage().contains("AWS Backup need a connection to AWS or to moto"), e.getMessage());
        }
    }
}
