package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.Job;
import dev.dynamobackup.model.awsbackup.JobKind;
import dev.dynamobackup.model.awsbackup.JobStarted;
import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.RecoveryPoint;
import dev.dynamobackup.model.awsbackup.TableBackup;
import dev.dynamobackup.model.awsbackup.VaultLock;
import dev.dynamobackup.service.BackupService;
import dev.dynamobackup.testing.BackupContract;
import dev.dynamobackup.testing.RequestRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.backup.model.StartBackupJobRequest;
import software.amazon.awssdk.services.backup.model.StartCopyJobRequest;
import software.amazon.awssdk.services.backup.model.StartRestoreJobRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backup, restore and copy jobs and recovery points, end to end through the AWS Backup contract server. */
class AwsBackupJobsContractTest {
    private static final Duration FAST = Duration.ofMillis(20);
    private final BackupContract contract = new BackupContract();
    private final RequestRecorder recorder = new RequestRecorder();
    private AwsClients clients;
    private AwsBackupServices services;
    private ConnectionTarget east;

    @BeforeEach
    void setUp(@TempDir Path dir) {
        contract.server().reset();
        clients = contract.clients(dir, recorder);
        services = AwsBackupServices.create(clients, new BackupService(clients));
        east = contract.target("us-east-1");
        contract.moto().createTable("us-east-1", "Orders", "pk", null);
        try (DynamoDbClient ddb = contract.moto().fixture("us-east-1")) {
            for (int i = 0; i < 3; i++) {
                String pk = "order-" + i;
                ddb.putItem(b -> b.tableName("Orders").item(Map.of("pk", AttributeValue.fromS(pk))));
            }
        }
        services.vaults().create(east, "Default", null);
    }

    @AfterEach
    void noContractViolations() {
        assertEquals(List.of(), contract.server().violations());
        clients.close();
    }

    private String ordersArn() {
        return services.selections().tableArn(east, "Orders");
    }

    private Job backUpOrders(Lifecycle lifecycle) throws InterruptedException {
        JobStarted started = services.jobs().startBackup(east, ordersArn(), "Default", null, lifecycle);
        return services.jobs().await(east, started, FAST, Duration.ofSeconds(10));
    }

    private int itemsIn(String region, String table) {
        try (DynamoDbClient ddb = contract.moto().fixture(region)) {
            return ddb.scan(b -> b.tableName(table)).count();
        }
    }

    @Test
    void aBackupJobsRecoveryPointRestoresToATableWithTheItems() throws Exception {
        Job backup = backUpOrders(new Lifecycle(null, 35));
        assertEquals("COMPLETED", backup.state(), backup.toString());
        assertEquals(100.0, backup.percentDone());

        StartBackupJobRequest sent = recorder.of(StartBackupJobRequest.class).get(0);
        assertNotNull(sent.idempotencyToken(), "a retried StartBackupJob must not start a second job");
        assertEquals("arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole", sent.iamRoleArn());

        List<RecoveryPoint> byVault = services.recoveryPoints().listByVault(east, "Default");
        assertEquals(1, byVault.size());
        RecoveryPoint point = services.recoveryPoints().listByTable(east, ordersArn()).get(0);
        assertEquals(backup.recoveryPointArn(), point.arn());
        assertEquals("COMPLETED", point.status());
        assertEquals(point.created().plus(Duration.ofDays(35)), point.deleteDate());
        assertEquals(1, services.vaults().describe(east, "Default").recoveryPoints());

        JobStarted restore = services.jobs().startRestore(east, point.arn(), "Orders-restored", null);
        Job restored = services.jobs().await(east, restore, FAST, Duration.ofSeconds(10));
        assertEquals("COMPLETED", restored.state(), restored.toString());
        assertTrue(restored.createdResourceArn().endsWith(":table/Orders-restored"), restored.createdResourceArn());
        assertEquals(3, itemsIn("us-east-1", "Orders-restored"));
        assertNotNull(recorder.of(StartRestoreJobRequest.class).get(0).idempotencyToken());
    }

    @Test
    void aRestoreCanUseACustomerManagedKey() throws Exception {
        Job backup = backUpOrders(null);
        String key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        Job restored = services.jobs().await(east, services.jobs().startRestore(east, backup.recoveryPointArn(), "Orders-kms", null, key),
                FAST, Duration.ofSeconds(10));
        assertEquals("COMPLETED", restored.state(), restored.toString());
        assertEquals(Map.of("targetTableName", "Orders-kms", "encryptionType", "KMS", "kmsMasterKeyArn", key),
                recorder.of(StartRestoreJobRequest.class).get(0).metadata());
        var bad = assertThrows(AwsBackupRefusedException.class,
                () -> services.jobs().startRestore(east, backup.recoveryPointArn(), "Orders-kms2", null, "my-key"));
        assertTrue(bad.getMessage().contains("not a KMS key ARN"), bad.getMessage());
    }

    @Test
    void jobsAreListedWithStateAndPercent() throws Exception {
        JobStarted started = services.jobs().startBackup(east, ordersArn(), "Default", null, null);
        Job first = services.jobs().describe(east, JobKind.BACKUP, started.id());
        assertEquals("RUNNING", first.state());
        assertEquals(50.0, first.percentDone());
        assertTrue(first.isTransient());
        List<Job> listed = services.jobs().list(east, JobKind.BACKUP);
        assertEquals(List.of(started.id()), listed.stream().map(Job::id).toList());
        assertEquals(List.of(), services.jobs().list(east, JobKind.RESTORE));
    }

    @Test
    void restoreTargetIsCheckedBeforeTheJob() throws Exception {
        Job backup = backUpOrders(null);
        recorder.clear();
        var taken = assertThrows(AwsBackupRefusedException.class,
                () -> services.jobs().startRestore(east, backup.recoveryPointArn(), "Orders", null));
        assertTrue(taken.getMessage().contains("already exists in us-east-1"), taken.getMessage());
        var badName = assertThrows(AwsBackupRefusedException.class,
                () -> services.jobs().startRestore(east, backup.recoveryPointArn(), "x", null));
        assertTrue(badName.getMessage().contains("3 to 255"), badName.getMessage());
        assertEquals(List.of(), recorder.of(StartRestoreJobRequest.class));
    }

    @Test
    void aCopyToAnotherRegionsVaultRestoresThere() throws Exception {
        services.regionSettings().enableAdvancedDynamoDb(east);
        ConnectionTarget west = contract.target("eu-west-1");
        String westVault = services.vaults().create(west, "DisasterRecovery", null).arn();
        Job backup = backUpOrders(null);
        assertTrue(backup.recoveryPointArn().startsWith("arn:aws:backup:us-east-1:"), "advanced backup: AWS Backup's own point");

        JobStarted copy = services.jobs().startCopy(east, backup.recoveryPointArn(), "Default", westVault, null, Lifecycle.deleteAfter(90));
        Job copied = services.jobs().await(east, copy, FAST, Duration.ofSeconds(10));
        assertEquals("COMPLETED", copied.state(), copied.toString());
        assertNotNull(recorder.of(StartCopyJobRequest.class).get(0).idempotencyToken());

        List<RecoveryPoint> there = services.recoveryPoints().listByVault(west, "DisasterRecovery");
        assertEquals(1, there.size());
        assertEquals(copied.createdResourceArn(), there.get(0).arn());
        assertTrue(there.get(0).arn().startsWith("arn:aws:backup:eu-west-1:"), there.get(0).arn());

        Job restored = services.jobs().await(west, services.jobs().startRestore(west, there.get(0).arn(), "Orders-dr", null),
                FAST, Duration.ofSeconds(10));
        assertEquals("COMPLETED", restored.state(), restored.toString());
        assertEquals(3, itemsIn("eu-west-1", "Orders-dr"));
    }

    @Test
    void aLockedVaultRefusesDeletionWithTheReasonAndSendsNothing() throws Exception {
        Job backup = backUpOrders(null);
        services.vaults().lock(east, "Default", new VaultLock(7, 365, null));
        var refused = assertThrows(AwsBackupRefusedException.class,
                () -> services.recoveryPoints().delete(east, "Default", backup.recoveryPointArn()));
        assertTrue(refused.getMessage().contains("locked with a minimum retention of 7 days"), refused.getMessage());
        assertFalse(contract.server().operations().contains("DeleteRecoveryPoint"));

        contract.server().backdate(backup.recoveryPointArn(), Instant.now().minus(Duration.ofDays(8)));
        services.recoveryPoints().delete(east, "Default", backup.recoveryPointArn());
        assertEquals(List.of(), services.recoveryPoints().listByVault(east, "Default"));
        assertEquals(0, services.vaults().describe(east, "Default").recoveryPoints());
    }

    @Test
    void aVaultWithPointsIsNotDeleted() throws Exception {
        backUpOrders(null);
        var refused = assertThrows(AwsBackupRefusedException.class, () -> services.vaults().delete(east, "Default"));
        assertTrue(refused.getMessage().contains("still holds 1 recovery points"), refused.getMessage());
        assertFalse(contract.server().operations().contains("DeleteBackupVault"));
    }

    @Test
    void oneTableHasOneBackupListOfNativeBackupsAndRecoveryPoints() throws Exception {
        Job backup = backUpOrders(null);
        assertTrue(backup.recoveryPointArn().startsWith("arn:aws:dynamodb:us-east-1:"),
                "without advanced backup the point is DynamoDB's own backup, listed by ListBackups too");
        String nativeArn = new BackupService(clients).create(east, "Orders", "orders-native").arn();
        List<TableBackup> list = services.tableBackups().list(east, "Orders");
        assertEquals(2, list.size(), list.toString());
        TableBackup point = list.stream().filter(b -> b.arn().equals(backup.recoveryPointArn())).findFirst().orElseThrow();
        assertEquals(TableBackup.Source.AWS_BACKUP, point.source(), "listed once, as the recovery point");
        assertEquals("Default", point.vaultName());
        assertEquals(TableBackup.Source.NATIVE, list.stream().filter(b -> b.arn().equals(nativeArn)).findFirst().orElseThrow().source());
    }

    @Test
    void withoutAdvancedBackupCopiesAreRefusedByTheService() throws Exception {
        Job backup = backUpOrders(null);
        services.vaults().create(contract.target("eu-west-1"), "DR", null);
        var e = assertThrows(software.amazon.awssdk.services.backup.model.InvalidRequestException.class,
                () -> services.jobs().startCopy(east, backup.recoveryPointArn(), "Default",
                        "arn:aws:backup:eu-west-1:123456789012:backup-vault:DR", null, null));
        assertTrue(dev.dynamobackup.service.ErrorMessages.of(e, east).sentence().startsWith("AWS Backup refused the request: Cross-region copies"),
                dev.dynamobackup.service.ErrorMessages.of(e, east).sentence());
    }

    @Test
    void aRetryWithTheSameTokenStartsNoSecondJob() {
        try (var raw = software.amazon.awssdk.services.backup.BackupClient.builder().endpointOverride(contract.server().endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("test", "test"))).build()) {
            StartBackupJobRequest request = StartBackupJobRequest.builder().backupVaultName("Default").resourceArn(ordersArn())
                    .iamRoleArn("arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole")
                    .idempotencyToken("token-1").build();
            String first = raw.startBackupJob(request).backupJobId();
            String second = raw.startBackupJob(request).backupJobId();
            assertEquals(first, second);
            assertEquals(1, raw.listBackupJobs(b -> { }).backupJobs().size());
        }
    }
}
