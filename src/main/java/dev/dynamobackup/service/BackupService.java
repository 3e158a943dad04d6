package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.UnsupportedByEndpointException;
import dev.dynamobackup.model.BackupFilter;
import dev.dynamobackup.model.BackupRequest;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EndpointCapabilities;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BackupTypeFilter;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * DynamoDB's own backups: list, describe, create, delete, and the bulk forms of create and delete
 * through a rate-limited queue. Plain Java: the GUI (on worker threads) and the CLI both call it.
 */
public final class BackupService {
    /** Per-account API limits (calls a second) from the DynamoDB developer guide. */
    public static final double CREATE_PER_SECOND = 50;
    public static final double DELETE_PER_SECOND = 10;
    /** ListBackups allows about 5 calls a second: the pages are spaced to that. */
    public static final double LIST_PER_SECOND = ListBackupsPages.PER_SECOND;
    private static final int PAGE_SIZE = 100;
    /** How far the server's clock may lag ours when looking for a backup made by an unanswered call. */
    private static final java.time.Duration CLOCK_MARGIN = java.time.Duration.ofMinutes(2);

    private final AwsClients clients;
    private final BulkQueue.Sleeper sleeper;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final ListBackupsPages pages = new ListBackupsPages();

    public BackupService(AwsClients clients) {
        this(clients, BulkQueue.realSleep());
    }

    /** With the sleep the bulk queue's backoff uses (tests pass one that does not wait). */
    public BackupService(AwsClients clients, BulkQueue.Sleeper sleeper) {
        this.clients = clients;
        this.sleeper = sleeper;
    }

    public EndpointCapabilities capabilities(ConnectionTarget target) {
        return clients.capabilities(target.connection());
    }

    /**
     * Every backup that matches {@code filter}, page by page. Each page, filtered again
     * on the client where the server ignored the filter, goes to {@code onPage} as soon as it arrives.
     */
    public List<BackupSummary> list(ConnectionTarget target, BackupFilter filter, Consumer<List<BackupSummary>> onPage)
            throws InterruptedException {
        DynamoDbClient ddb = ddb(target);
        ListBackupsRequest.Builder request = ListBackupsRequest.builder().limit(PAGE_SIZE)
                .backupType(filter.type() == null ? BackupTypeFilter.ALL : BackupTypeFilter.fromValue(filter.type().name()));
        if (filter.tableName() != null) request.tableName(filter.tableName());
        if (filter.from() != null) request.timeRangeLowerBound(filter.from());
        if (filter.to() != null) request.timeRangeUpperBound(filter.to());
        List<BackupSummary> all = new ArrayList<>();
        pages.forEach(ddb, target, request.build(), page -> {
            List<BackupSummary> rows = page.backupSummaries().stream().map(BackupMapper::of).filter(filter::matches).toList();
            all.addAll(rows);
            if (!rows.isEmpty()) onPage.accept(rows);
        });
        return all;
    }

    public BackupSummary describe(ConnectionTarget target, String arn) {
        return BackupMapper.of(ddb(target).describeBackup(b -> b.backupArn(arn)).backupDescription());
    }

    /** Like {@link #describe}, but empty when the backup does not exist (any more). */
    public java.util.Optional<BackupSummary> describeIfExists(ConnectionTarget target, String arn) {
        try {
            return java.util.Optional.of(describe(target, arn));
        } catch (software.amazon.awssdk.services.dynamodb.model.BackupNotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    /** CreateBackup; the name is checked first, so a bad one never reaches the service. */
    public BackupSummary create(ConnectionTarget target, String tableName, String backupName) {
        BackupNames.require(backupName);
        DynamoDbClient writes = writes(target);
        Instant started = Instant.now();
        return CheckedWrite.run("CreateBackup " + backupName,
                () -> BackupMapper.of(writes.createBackup(b -> b.tableName(tableName).backupName(backupName))
                        .backupDetails(), tableName, null),
                () -> madeSince(target, tableName, backupName, started),
                new CheckedWrite.Sentences(OutcomeText.t("backup.create.notFound", backupName, tableName),
                        OutcomeText.t("backup.create.todo"), OutcomeText.t("backup.create.unknown", backupName, tableName),
                        OutcomeText.t("backup.create.todo")));
    }

    /**
     * After an unanswered CreateBackup: the newest backup of the table with that name made since the call
     * started (less a margin for the server's clock), if any.
     */
    private Optional<BackupSummary> madeSince(ConnectionTarget target, String tableName, String backupName, Instant started) {
        Instant since = started.minus(CLOCK_MARGIN);
        List<BackupSummary> found = new ArrayList<>();
        ListBackupsRequest request = ListBackupsRequest.builder().tableName(tableName)
                .backupType(BackupTypeFilter.USER).timeRangeLowerBound(since).build();
        try {
            pages.forEach(ddb(target), target, request, page -> page.backupSummaries().stream().map(BackupMapper::of)
                    .filter(b -> backupName.equals(b.name()) && b.created() != null && !b.created().isBefore(since))
                    .forEach(found::add));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("the check of CreateBackup " + backupName + " was cancelled");
        }
        return found.stream().max(Comparator.comparing(BackupSummary::created));
    }

    /** DeleteBackup; returns the backup as it was when deleted (status DELETED). */
    public BackupSummary delete(ConnectionTarget target, String arn) {
        DynamoDbClient writes = writes(target);
        return CheckedWrite.resendable("DeleteBackup " + arn,
                () -> BackupMapper.of(writes.deleteBackup(b -> b.backupArn(arn)).backupDescription()),
                () -> deletedAlready(target, arn),
                new CheckedWrite.Sentences(OutcomeText.t("backup.delete.notFound", arn), OutcomeText.t("backup.delete.todo"),
                        OutcomeText.t("backup.delete.unknown", arn), OutcomeText.t("backup.delete.todo")));
    }

    /** After an unanswered DeleteBackup: done when the backup is gone or DELETED. */
    private Optional<BackupSummary> deletedAlready(ConnectionTarget target, String arn) {
        Optional<BackupSummary> now = describeIfExists(target, arn);
        if (now.isEmpty()) {
            // gone: all that is known of it is its ARN (…:table/T/backup/…)
            String table = RestoreService.tableNameOfArn(arn);
            return Optional.of(new BackupSummary(arn, "", table, null, BackupSummary.DELETED, BackupType.USER, 0, null, null));
        }
        return BackupSummary.DELETED.equals(now.get().status()) ? now : Optional.empty();
    }

    /** Backs up several tables through the queue (50 calls a second); every name is checked before the first call. */
    public List<BulkQueue.Outcome<BackupRequest, BackupSummary>> createAll(ConnectionTarget target, List<BackupRequest> requests,
            BulkQueue.Listener<BackupRequest, BackupSummary> listener) throws InterruptedException {
        requests.forEach(r -> BackupNames.require(r.backupName()));
        ddb(target);
        BulkQueue queue = new BulkQueue(limiter(target, "CreateBackup", CREATE_PER_SECOND), sleeper);
        return queue.run(requests, r -> create(target, r.tableName(), r.backupName()), listener);
    }

    /** Deletes several backups through the queue (10 calls a second). */
    public List<BulkQueue.Outcome<String, BackupSummary>> deleteAll(ConnectionTarget target, List<String> arns,
            BulkQueue.Listener<String, BackupSummary> listener) throws InterruptedException {
        ddb(target);
        BulkQueue queue = new BulkQueue(limiter(target, "DeleteBackup", DELETE_PER_SECOND), sleeper);
        return queue.run(arns, arn -> delete(target, arn), listener);
    }

    private DynamoDbClient ddb(ConnectionTarget target) {
        requireBackups(target);
        return clients.dynamoDb(target);
    }

    /** The client that never resends a write blindly (see {@link dev.dynamobackup.aws.WriteOperations}). */
    private DynamoDbClient writes(ConnectionTarget target) {
        requireBackups(target);
        return clients.dynamoDbWrites(target);
    }

    private void requireBackups(ConnectionTarget target) {
        EndpointCapabilities caps = capabilities(target);
        if (!caps.backups()) throw new UnsupportedByEndpointException(caps.reason());
    }

    /** One limiter per connection, region and operation: the limits are per account and region. */
    private RateLimiter limiter(ConnectionTarget target, String operation, double perSecond) {
        return limiters.computeIfAbsent(target.connection().id() + "|" + target.region() + "|" + operation,
                k -> new RateLimiter(perSecond));
    }
}
