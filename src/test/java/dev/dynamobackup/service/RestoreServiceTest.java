package dev.dynamobackup.service;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.BackupDetails;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EncryptionChoice;
import dev.dynamobackup.model.IndexInfo;
import dev.dynamobackup.model.PitrSource;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.model.RestorePoint;
import dev.dynamobackup.model.RestoreProgress;
import dev.dynamobackup.model.RestoreSettings;
import dev.dynamobackup.model.RestoreStarted;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableFromBackupRequest;
import software.amazon.awssdk.services.dynamodb.model.RestoreTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.SSEType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@WithMoto
class RestoreServiceTest {
    @TempDir Path dir;
    private final RequestRecorder recorder = new RequestRecorder();
    private AwsClients clients;
    private RestoreService restores;
    private ConnectionTarget target;

    private void open(Moto moto) {
        clients = moto.clients(dir, recorder);
        restores = new RestoreService(clients, new PitrService(clients));
        target = moto.target("us-east-1");
    }

    @AfterEach
    void close() {
        if (clients != null) clients.close();
    }

    @Test
    void restoreFromBackupCreatesANewTableWithTheSourceItems(Moto moto) throws Exception {
        RestoreFixtures.createThread(moto, 5);
        String arn = RestoreFixtures.backup(moto, "Thread", "nightly");
        open(moto);

        RestoreStarted started = restores.restoreFromBackup(target, arn, "ThreadRestored", RestoreSettings.ENTIRE_TABLE);

        assertEquals("ThreadRestored", started.table().name());
        assertEquals("Thread", started.sourceTable());
        assertEquals(RestoreService.KIND_BACKUP, started.kind());
        assertEquals(5, RestoreFixtures.count(moto, "ThreadRestored"));
        assertEquals(5, RestoreFixtures.count(moto, "Thread"), "the source is untouched");
        RestoreProgress done = restores.waitUntilActive(target, "ThreadRestored", Duration.ofMillis(50), Duration.ofSeconds(10));
        assertTrue(done.isActive());
        RestoreTableFromBackupRequest sent = recorder.of(RestoreTableFromBackupRequest.class).get(0);
        assertNull(sent.billingModeOverride(), "an entire-table restore sends no overrides");
        assertFalse(sent.hasGlobalSecondaryIndexOverride());
        assertFalse(sent.hasLocalSecondaryIndexOverride());
        assertNull(sent.sseSpecificationOverride());
    }

    @Test
    void describeBackupGivesTheSourcePage(Moto moto) {
        RestoreFixtures.createThread(moto, 3);
        String arn = RestoreFixtures.backup(moto, "Thread", "nightly");
        open(moto);

        BackupDetails b = restores.describeBackup(target, arn);

        assertEquals("nightly", b.backupName());
        assertEquals("Thread", b.tableName());
        assertEquals("AVAILABLE", b.status());
        assertEquals("ForumName (S)", b.keySchema().get(0).describe());
        assertEquals(List.of("ByPoster", "ByDate"), b.globalIndexes().stream().map(IndexInfo::name).toList());
        assertEquals(List.of("ByViews"), b.localIndexes().stream().map(IndexInfo::name).toList());
    }

    @Test
    void customizedSettingsAreSentAsOverrides(Moto moto) {
        RestoreFixtures.createThread(moto, 2);
        String arn = RestoreFixtures.backup(moto, "Thread", "nightly");
        open(moto);
        String kms = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        RestoreSettings custom = new RestoreSettings(List.of("ByDate"), true, "PROVISIONED", 7, 9,
                EncryptionChoice.CUSTOMER_MANAGED, kms);

        restores.restoreFromBackup(target, arn, "ThreadCustom", custom);

        // moto ignores overrides: assert on what the app sent
        RestoreTableFromBackupRequest sent = recorder.of(RestoreTableFromBackupRequest.class).get(0);
        assertEquals(BillingMode.PROVISIONED, sent.billingModeOverride());
        assertEquals(7L, sent.provisionedThroughputOverride().readCapacityUnits());
        assertEquals(9L, sent.provisionedThroughputOverride().writeCapacityUnits());
        List<GlobalSecondaryIndex> gsis = sent.globalSecondaryIndexOverride();
        assertEquals(List.of("ByDate"), gsis.stream().map(GlobalSecondaryIndex::indexName).toList());
        assertEquals("LastPostedDate", gsis.get(0).keySchema().get(0).attributeName());
        assertEquals(7L, gsis.get(0).provisionedThroughput().readCapacityUnits());
        assertTrue(sent.hasLocalSecondaryIndexOverride());
        assertTrue(sent.localSecondaryIndexOverride().isEmpty(), "drop all LSIs = an empty override list");
        assertEquals(SSEType.KMS, sent.sseSpecificationOverride().sseType());
        assertEquals(kms, sent.sseSpecificationOverride().kmsMasterKeyId());
    }

    @Test
    void keptIndexesOfAProvisionedSourceRepeatTheirOwnCapacity(Moto moto) {
        try (var ddb = moto.fixture("us-east-1")) {
            ddb.createTable(b -> b.tableName("Prov").billingMode(BillingMode.PROVISIONED)
                    .provisionedThroughput(p -> p.readCapacityUnits(10L).writeCapacityUnits(4L))
                    .attributeDefinitions(Moto.attr("pk"), Moto.attr("a"), Moto.attr("b"))
                    .keySchema(Moto.key("pk", software.amazon.awssdk.services.dynamodb.model.KeyType.HASH))
                    .globalSecondaryIndexes(
                            g -> g.indexName("ByA").keySchema(Moto.key("a", software.amazon.awssdk.services.dynamodb.model.KeyType.HASH))
                                    .projection(p -> p.projectionType("ALL"))
                                    .provisionedThroughput(p -> p.readCapacityUnits(3L).writeCapacityUnits(2L)),
                            g -> g.indexName("ByB").keySchema(Moto.key("b", software.amazon.awssdk.services.dynamodb.model.KeyType.HASH))
                                    .projection(p -> p.projectionType("ALL"))
                                    .provisionedThroughput(p -> p.readCapacityUnits(1L).writeCapacityUnits(1L))));
        }
        String arn = RestoreFixtures.backup(moto, "Prov", "b1");
        open(moto);

        restores.restoreFromBackup(target, arn, "ProvBack", new RestoreSettings(List.of("ByA"), false, null, 0, 0, null, null));

        GlobalSecondaryIndex kept = recorder.of(RestoreTableFromBackupRequest.class).get(0).globalSecondaryIndexOverride().get(0);
        assertEquals("ByA", kept.indexName());
        assertEquals(3L, kept.provisionedThroughput().readCapacityUnits());
        assertEquals(2L, kept.provisionedThroughput().writeCapacityUnits());
    }

    @Test
    void awsOwnedAndManagedKeysAreSentAsTheConsoleDoes(Moto moto) {
        RestoreFixtures.createThread(moto, 1);
        String arn = RestoreFixtures.backup(moto, "Thread", "nightly");
        open(moto);

        restores.restoreFromBackup(target, arn, "Owned", new RestoreSettings(null, false, "PAY_PER_REQUEST", 0, 0,
                EncryptionChoice.AWS_OWNED, null));
        restores.restoreFromBackup(target, arn, "Managed", new RestoreSettings(null, false, null, 0, 0,
                EncryptionChoice.AWS_MANAGED, null));

        List<RestoreTableFromBackupRequest> sent = recorder.of(RestoreTableFromBackupRequest.class);
        assertEquals(BillingMode.PAY_PER_REQUEST, sent.get(0).billingModeOverride());
        assertNull(sent.get(0).provisionedThroughputOverride());
        assertFalse(sent.get(0).sseSpecificationOverride().enabled());
        assertTrue(sent.get(1).sseSpecificationOverride().enabled());
        assertEquals(SSEType.KMS, sent.get(1).sseSpecificationOverride().sseType());
        assertNull(sent.get(1).sseSpecificationOverride().kmsMasterKeyId(), "no key id = alias/aws/dynamodb");
    }

    @Test
    void anExistingTargetNameIsRefusedBeforeTheRestoreCall(Moto moto) {
        RestoreFixtures.createThread(moto, 1);
        moto.createTable("us-east-1", "Taken", "pk", null);
        String arn = RestoreFixtures.backup(moto, "Thread", "nightly");
        open(moto);

        RestoreRefusedException e = assertThrows(RestoreRefusedException.class,
                () -> restores.restoreFromBackup(target, arn, "Taken", RestoreSettings.ENTIRE_TABLE));

        assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        assertTrue(e.getMessage().contains("never overwrites"), e.getMessage());
        assertTrue(recorder.of(RestoreTableFromBackupRequest.class).isEmpty(), "no restore request was sent");
        assertTrue(ErrorMessages.of(e, target).todo().contains("another name"));
    }

    @Test
    void badNamesCapacityAndKeyArnAreRefusedBeforeAnyCall(Moto moto) {
        open(moto);
        String arn = "arn:aws:dynamodb:us-east-1:123456789012:table/Thread/backup/01";
        assertThrows(RestoreRefusedException.class,
                () -> restores.restoreFromBackup(target, arn, "bad name!", RestoreSettings.ENTIRE_TABLE));
        assertThrows(RestoreRefusedException.class,
                () -> restores.restoreFromBackup(target, arn, "ab", RestoreSettings.ENTIRE_TABLE));
        assertThrows(RestoreRefusedException.class, () -> restores.restoreFromBackup(target, arn, "Fine",
                new RestoreSettings(null, false, "PROVISIONED", 0, 5, EncryptionChoice.SAME_AS_SOURCE, null)));
        assertThrows(RestoreRefusedException.class, () -> restores.restoreFromBackup(target, arn, "Fine",
                new RestoreSettings(null, false, null, 0, 0, EncryptionChoice.CUSTOMER_MANAGED, "my-key")));
        assertEquals(0, recorder.count(), "nothing was sent");
    }

    @Test
    void pointInTimeRestoreToTheLatestTime(Moto moto) {
        RestoreFixtures.createThread(moto, 4);
        RestoreFixtures.enablePitr(moto, "Thread");
        open(moto);

        RestoreStarted started = restores.restoreToPointInTime(target, PitrSource.existing("Thread"), "ThreadPitr",
                RestorePoint.LATEST, RestoreSettings.ENTIRE_TABLE);

        assertEquals("ThreadPitr", started.table().name());
        assertEquals(RestoreService.KIND_POINT_IN_TIME, started.kind());
        assertEquals(4, RestoreFixtures.count(moto, "ThreadPitr"));
        RestoreTableToPointInTimeRequest sent = recorder.of(RestoreTableToPointInTimeRequest.class).get(0);
        assertEquals("Thread", sent.sourceTableName());
        assertTrue(sent.useLatestRestorableTime());
        assertNull(sent.restoreDateTime());
    }

    @Test
    void pointInTimeRestoreToAChosenTimeInsideTheWindow(Moto moto) {
        RestoreFixtures.createThread(moto, 2);
        RestoreFixtures.enablePitr(moto, "Thread");
        open(moto);
        PitrWindow window = new PitrService(clients).describe(target, "Thread");

        restores.restoreToPointInTime(target, PitrSource.existing("Thread"), "ThreadAt",
                RestorePoint.at(window.earliest()), new RestoreSettings(null, true, null, 0, 0, null, null));

        RestoreTableToPointInTimeRequest sent = recorder.of(RestoreTableToPointInTimeRequest.class).get(0);
        assertEquals(window.earliest(), sent.restoreDateTime());
        assertNull(sent.useLatestRestorableTime());
        assertTrue(sent.localSecondaryIndexOverride().isEmpty());
        assertEquals(2, RestoreFixtures.count(moto, "ThreadAt"));
    }

    @Test
    void aTimeOutsideTheWindowIsRefusedBeforeTheCall(Moto moto) {
        RestoreFixtures.createThread(moto, 1);
        RestoreFixtures.enablePitr(moto, "Thread");
        open(moto);
        PitrWindow window = new PitrService(clients).describe(target, "Thread");

        RestoreRefusedException e = assertThrows(RestoreRefusedException.class, () -> restores.restoreToPointInTime(
                target, PitrSource.existing("Thread"), "ThreadOld", RestorePoint.at(window.earliest().minusSeconds(3600)),
                RestoreSettings.ENTIRE_TABLE));

        assertTrue(e.getMessage().contains("recovery window"), e.getMessage());
        assertTrue(recorder.of(RestoreTableToPointInTimeRequest.class).isEmpty());
    }

    @Test
    void aPointInTimeRestoreNeedsPitrOnTheSource(Moto moto) {
        RestoreFixtures.createThread(moto, 1);
        open(moto);

        RestoreRefusedException e = assertThrows(RestoreRefusedException.class, () -> restores.restoreToPointInTime(
                target, PitrSource.existing("Thread"), "ThreadX", RestorePoint.LATEST, RestoreSettings.ENTIRE_TABLE));

        assertTrue(ProblemText.of(e.todo()).contains("Enable point-in-time recovery"), ProblemText.of(e.todo()));
        assertTrue(recorder.of(RestoreTableToPointInTimeRequest.class).isEmpty());
    }

    @Test
    void deletedTablesAreFoundThroughTheirSystemBackups(Moto moto) throws Exception {
        RestoreFixtures.createThread(moto, 1);
        // moto makes no SYSTEM backups and ignores the type filter: a backup named as DynamoDB names them stands in
        RestoreFixtures.backup(moto, "Thread", "Thread$DeletedTableBackup");
        RestoreFixtures.backup(moto, "Thread", "nightly");
        open(moto);

        List<dev.dynamobackup.model.DeletedTable> deleted = restores.deletedTables(target);

        assertEquals(List.of("Thread"), deleted.stream().map(dev.dynamobackup.model.DeletedTable::tableName).toList());
        assertTrue(deleted.get(0).tableArn().endsWith(":table/Thread"));
        var sent = recorder.of(software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest.class).get(0);
        assertEquals(software.amazon.awssdk.services.dynamodb.model.BackupTypeFilter.SYSTEM, sent.backupType());
    }

    @Test
    void aDeletedTableIsRestoredBySourceTableArn(Moto moto) {
        open(moto);
        String arn = "arn:aws:dynamodb:us-east-1:123456789012:table/Gone";

        // moto restores only from live tables, so it answers SourceTableNotFound: the request is what counts
        RuntimeException e = assertThrows(RuntimeException.class, () -> restores.restoreToPointInTime(target,
                PitrSource.deleted("Gone", arn), "GoneBack", RestorePoint.LATEST, RestoreSettings.ENTIRE_TABLE));

        RestoreTableToPointInTimeRequest sent = recorder.of(RestoreTableToPointInTimeRequest.class).get(0);
        assertEquals(arn, sent.sourceTableArn());
        assertNull(sent.sourceTableName());
        String sentence = ErrorMessages.of(e, target).sentence();
        assertTrue(sentence.contains("source table of the restore was not found"), sentence);
    }
}
