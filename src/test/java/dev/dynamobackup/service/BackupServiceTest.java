package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.UnsupportedByEndpointException;
import dev.dynamobackup.model.BackupFilter;
import dev.dynamobackup.model.BackupRequest;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.testing.Moto;
import dev.dynamobackup.testing.RequestRecorder;
import dev.dynamobackup.testing.WithMoto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BackupService against moto; RequestRecorder checks what was sent where moto ignores it. */
@WithMoto
class BackupServiceTest {
    @TempDir Path dir;
    private final RequestRecorder recorder = new RequestRecorder();
    private AwsClients clients;
    private BackupService backups;
    private ConnectionTarget target;

    private void open(Moto moto) {
        clients = moto.clients(dir, recorder);
        backups = new BackupService(clients, d -> { });
        target = moto.target("us-east-1");
    }

    @AfterEach
    void close() {
        if (clients != null) clients.close();
    }

    @Test
    void createdBackupIsListedAndDescribed(Moto moto) throws Exception {
        moto.createTable("us-east-1", "ProductCatalog", "Id", null);
        open(moto);

        BackupSummary created = backups.create(target, "ProductCatalog", "ProductCatalogBackup");
        assertEquals("ProductCatalogBackup", created.name());
        assertTrue(created.arn().contains(":table/ProductCatalog/backup/"), created.arn());

        List<List<BackupSummary>> pages = new CopyOnWriteArrayList<>();
        List<BackupSummary> listed = backups.list(target, BackupFilter.ofTable("ProductCatalog"), pages::add);
        assertEquals(List.of(created.arn()), listed.stream().map(BackupSummary::arn).toList());
        assertEquals(1, pages.size(), "the page was handed over as it arrived");
        assertEquals("ProductCatalog", listed.get(0).tableName());
        assertEquals(BackupType.USER, listed.get(0).type());
        assertEquals("AVAILABLE", listed.get(0).status());

        BackupSummary described = backups.describe(target, created.arn());
        assertEquals("ProductCatalogBackup", described.name());
        assertEquals("ProductCatalog", described.tableName());
        assertTrue(described.sizeBytes() > 0);
        assertEquals(100, recorder.of(ListBackupsRequest.class).get(0).limit(), "pages of 100");
    }

    @Test
    void backsUpSeveralTablesAtOnceThroughTheQueue(Moto moto) throws Exception {
        for (String t : List.of("Forum", "Thread", "Reply")) moto.createTable("us-east-1", t, "pk", null);
        open(moto);
        List<String> succeeded = new CopyOnWriteArrayList<>();

        var outcomes = backups.createAll(target, List.of(new BackupRequest("Forum", "forum-1"),
                new BackupRequest("Thread", "thread-1"), new BackupRequest("Reply", "reply-1")), new BulkQueue.Listener<>() {
            @Override
            public void succeeded(BackupRequest item, BackupSummary result) {
                succeeded.add(item.tableName());
            }

            @Override
            public void failed(BackupRequest item, Throwable error) {
            }
        });

        assertTrue(outcomes.stream().allMatch(BulkQueue.Outcome::succeeded));
        assertEquals(3, succeeded.size());
        List<String> names = backups.list(target, BackupFilter.ALL, p -> { }).stream().map(BackupSummary::name).sorted().toList();
        assertEquals(List.of("forum-1", "reply-1", "thread-1"), names);
    }

    @Test
    void invalidNamesAreRejectedBeforeAnyCall(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        open(moto);
        recorder.clear();

        assertThrows(InvalidBackupNameException.class, () -> backups.create(target, "Orders", "bad name!"));
        assertThrows(InvalidBackupNameException.class, () -> backups.create(target, "Orders", "ab"));
        assertThrows(InvalidBackupNameException.class, () -> backups.create(target, "Orders", "x".repeat(256)));
        var e = assertThrows(InvalidBackupNameException.class, () -> backups.createAll(target,
                List.of(new BackupRequest("Orders", "good-name"), new BackupRequest("Orders", "bäd")), null));
        assertTrue(e.getMessage().contains("'ä' is not allowed"), e.getMessage());

        assertEquals(0, recorder.count(), "no request went out: " + recorder.all());
        assertTrue(ErrorMessages.of(e, target).sentence().contains("nothing was sent"));
    }

    @Test
    void deleteRemovesTheBackup(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        open(moto);
        BackupSummary a = backups.create(target, "Orders", "orders-a");
        BackupSummary b = backups.create(target, "Orders", "orders-b");

        BackupSummary deleted = backups.delete(target, a.arn());

        assertEquals("DELETED", deleted.status());
        assertEquals(List.of(b.arn()), backups.list(target, BackupFilter.ALL, p -> { }).stream().map(BackupSummary::arn).toList());
    }

    @Test
    void deletingAMissingBackupIsExplained(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        open(moto);
        String arn = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders/backup/01700000000000-deadbeef";

        var error = assertThrows(BackupNotFoundException.class, () -> backups.delete(target, arn));

        String sentence = ErrorMessages.of(error, target).sentence();
        assertTrue(sentence.startsWith("The backup was not found in us-east-1"), sentence);
        assertTrue(sentence.contains("It may have been deleted"), sentence);

        List<String> failed = new ArrayList<>();
        var outcomes = backups.deleteAll(target, List.of(arn), new BulkQueue.Listener<>() {
            @Override
            public void succeeded(String item, BackupSummary result) {
            }

            @Override
            public void failed(String item, Throwable e) {
                failed.add(item);
            }
        });
        assertEquals(List.of(arn), failed);
        assertTrue(outcomes.get(0).error() instanceof BackupNotFoundException);
    }

    @Test
    void timeBoundsAreSentAndAppliedAgainOnTheClient(Moto moto) throws Exception {
        moto.createTable("us-east-1", "Orders", "pk", null);
        open(moto);
        BackupSummary first = backups.create(target, "Orders", "orders-1");
        Thread.sleep(50);
        BackupSummary second = backups.create(target, "Orders", "orders-2");
        Thread.sleep(50);
        BackupSummary third = backups.create(target, "Orders", "orders-3");
        recorder.clear();

        BackupFilter window = new BackupFilter(null, BackupType.USER, second.created(), third.created());
        List<BackupSummary> listed = backups.list(target, window, p -> { });

        // moto ignores the bounds and answers all three; lower bound inclusive, upper exclusive
        assertEquals(List.of("orders-2"), listed.stream().map(BackupSummary::name).toList());
        ListBackupsRequest sent = recorder.of(ListBackupsRequest.class).get(0);
        assertEquals(second.created(), sent.timeRangeLowerBound());
        assertEquals(third.created(), sent.timeRangeUpperBound());
        assertEquals("USER", sent.backupTypeAsString());
        assertTrue(first.created().isBefore(second.created()));
    }

    @Test
    void theSandboxHasNoBackupsAndSaysWhy() throws Exception {
        try (AwsClients sandboxClients = new AwsClients(dev.dynamobackup.aws.ClientOptions.forTests(),
                new dev.dynamobackup.aws.EmbeddedSandbox(dir, c -> { }))) {
            BackupService service = new BackupService(sandboxClients);
            ConnectionTarget sandbox = new ConnectionTarget(Connection.sandbox(), "us-east-1");
            var e = assertThrows(UnsupportedByEndpointException.class, () -> service.list(sandbox, BackupFilter.ALL, p -> { }));
            assertTrue(e.getMessage().contains("DynamoDB Local"), e.getMessage());
        }
    }
}
