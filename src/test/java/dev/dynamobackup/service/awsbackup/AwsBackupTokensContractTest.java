package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.JobKind;
import dev.dynamobackup.model.awsbackup.JobStarted;
import dev.dynamobackup.service.BackupService;
import dev.dynamobackup.testing.BackupContract;
import dev.dynamobackup.testing.FaultProxy;
import dev.dynamobackup.testing.FaultProxy.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The idempotency token outlives a call whose reply was lost (here with the SDK's retries off, as the
 * default test execution runs): the caller's resend of the same request carries it, and AWS Backup (the
 * contract server) answers with the first job. After a success the next identical request is a new job.
 * And the read client refuses the writes without a token, before sending them.
 */
class AwsBackupTokensContractTest {
    private final BackupContract contract = new BackupContract();
    private FaultProxy proxy;
    private AwsClients clients;
    private AwsBackupServices services;
    private ConnectionTarget target;
    /** Fixtures and checks, not through the proxy. */
    private ConnectionTarget direct;
    private String tableArn;

    @BeforeEach
    void setUp(@TempDir Path dir) throws Exception {
        contract.server().reset();
        proxy = new FaultProxy(contract.server().endpoint());
        clients = contract.clients(dir);
        services = AwsBackupServices.create(clients, new BackupService(clients));
        target = new ConnectionTarget(Connection.endpoint(proxy.endpoint(), "us-east-1"), "us-east-1");
        direct = contract.target("us-east-1");
        contract.moto().createTable("us-east-1", "Orders", "pk", null);
        try (DynamoDbClient ddb = contract.moto().fixture("us-east-1")) {
            tableArn = ddb.describeTable(b -> b.tableName("Orders")).table().tableArn();
        }
        services.vaults().create(target, "Nightly", null);
    }

    @AfterEach
    void tearDown() throws Exception {
        clients.close();
        proxy.close();
    }

    @Test
    void aResendAfterALostReplyGetsTheFirstJob() {
        proxy.inject("StartBackupJob", Fault.DROP_MID_REPLY, 1);
        assertThrows(SdkClientException.class, () -> services.jobs().startBackup(target, tableArn, "Nightly", null, null));
        JobStarted again = services.jobs().startBackup(target, tableArn, "Nightly", null, null);
        assertEquals(2, proxy.forwarded("StartBackupJob"), proxy.attempts().toString());
        assertEquals(1, services.jobs().list(direct, JobKind.BACKUP).size());
        assertEquals(again.id(), services.jobs().list(direct, JobKind.BACKUP).get(0).id());

        JobStarted next = services.jobs().startBackup(target, tableArn, "Nightly", null, null);
        assertNotEquals(again.id(), next.id(), "after a success the same request is a new job");
        assertEquals(2, services.jobs().list(target, JobKind.BACKUP).size());
    }

    @Test
    void aTokenIsKeptOnlyWhileTheOutcomeIsOpen() {
        IdempotencyTokens tokens = new IdempotencyTokens();
        java.util.List<String> sent = new java.util.ArrayList<>();
        java.util.List<Object> request = java.util.Arrays.asList("backup", "Orders", null);
        assertThrows(SdkClientException.class, () -> tokens.send(request, t -> {
            sent.add(t);
            throw SdkClientException.create("reply lost");
        }));
        tokens.send(request, sent::add);
        assertEquals(sent.get(0), sent.get(1), "the resend after a lost reply carries the first token");
        tokens.send(request, sent::add);
        assertNotEquals(sent.get(1), sent.get(2), "after a success the same request is a new one");
        assertThrows(software.amazon.awssdk.awscore.exception.AwsServiceException.class, () -> tokens.send(request, t -> {
            sent.add(t);
            throw software.amazon.awssdk.awscore.exception.AwsServiceException.builder().statusCode(400).message("refused").build();
        }));
        tokens.send(request, sent::add);
        assertNotEquals(sent.get(3), sent.get(4), "after a refusal (nothing done) the same request is a new one");
    }

    @Test
    void theReadClientRefusesWritesWithoutAToken() {
        var refused = assertThrows(IllegalStateException.class,
                () -> clients.backup(target).deleteBackupVault(b -> b.backupVaultName("Nightly")));
        assertTrue(refused.getMessage().contains("AwsClients.backupWrites"), refused.getMessage());
        assertEquals(0, proxy.count("DeleteBackupVault"));
    }
}
