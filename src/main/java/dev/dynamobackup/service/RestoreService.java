package dev.dynamobackup.service;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.UnsupportedByEndpointException;
import dev.dynamobackup.model.BackupDetails;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.DeletedTable;
import dev.dynamobackup.model.IndexInfo;
import dev.dynamobackup.model.KeyAttribute;
import dev.dynamobackup.model.PitrSource;
import dev.dynamobackup.model.Problem;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.model.RestorePoint;
import dev.dynamobackup.model.RestoreProgress;
import dev.dynamobackup.model.RestoreSettings;
import dev.dynamobackup.model.RestoreStarted;
import dev.dynamobackup.model.TableSummary;
import software.amazon.awssdk.services.dynamodb.model.BackupDescription;
import software.amazon.awssdk.services.dynamodb.model.BackupTypeFilter;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ListBackupsRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.RestoreSummary;
import software.amazon.awssdk.services.dynamodb.model.SourceTableDetails;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Restores a table from a backup or to a point in time, into a NEW table: a restore never overwrites.
 * Everything that can be checked is checked before the call (name rules, name free, capacity, KMS
 * key ARN, restore time inside the window), because test servers accept what AWS refuses.
 */
public final class RestoreService {
    public static final String KIND_BACKUP = "BACKUP";
    public static final String KIND_POINT_IN_TIME = "POINT_IN_TIME";

    private final AwsClients clients;
    private final PitrService pitr;
    private final Clock clock;
    private final ListBackupsPages pages = new ListBackupsPages();

    public RestoreService(AwsClients clients, PitrService pitr) {
        this(clients, pitr, Clock.systemUTC());
    }

    RestoreService(AwsClients clients, PitrService pitr, Clock clock) {
        this.clients = clients;
        this.pitr = pitr;
        this.clock = clock;
    }

    /** DescribeBackup, with the source table's indexes (from the backup, else from the table if it still exists). */
    public BackupDetails describeBackup(ConnectionTarget target, String backupArn) {
        requireBackups(target);
        BackupDescription d = clients.dynamoDb(target).describeBackup(b -> b.backupArn(backupArn)).backupDescription();
        var details = d.backupDetails();
        SourceTableDetails source = d.sourceTableDetails();
        List<IndexInfo> indexes = IndexDefinitions.infos(d.sourceTableFeatureDetails());
        List<KeyAttribute> keys = source.keySchema().stream()
                .map(k -> new KeyAttribute(k.attributeName(), k.keyTypeAsString(), null)).toList();
        Optional<TableSummary> table = liveTable(target, source.tableName());
        if (table.isPresent() && table.get().arn() != null && table.get().arn().equals(source.tableArn())) {
            // the backup's own description lacks types and (on some servers) the indexes: the source table has them
            if (indexes.isEmpty()) indexes = table.get().indexes();
            keys = table.get().keySchema();
        }
        var throughput = source.provisionedThroughput();
        return new BackupDetails(details.backupArn(), details.backupName(), details.backupStatusAsString(),
                details.backupTypeAsString(), nz(details.backupSizeBytes()), details.backupCreationDateTime(),
                details.backupExpiryDateTime(), source.tableName(), source.tableArn(), nz(source.itemCount()), keys,
                indexes, source.billingMode() == null ? "PROVISIONED" : source.billingModeAsString(),
                throughput == null ? 0 : nz(throughput.readCapacityUnits()),
                throughput == null ? 0 : nz(throughput.writeCapacityUnits()));
    }

    /**
     * Checks the name rules, then that no table has the name (DescribeTable answers ResourceNotFound):
     * an existing table is refused with the reason, since a restore never overwrites.
     */
    public void requireTargetFree(ConnectionTarget target, String tableName) {
        RestoreValidator.tableName(tableName).ifPresent(problem -> {
            throw new RestoreRefusedException(problem, Problem.of("tableName.todo"));
        });
        try {
            TableDescription existing = clients.dynamoDb(target).describeTable(b -> b.tableName(tableName)).table();
            throw new RestoreRefusedException(Problem.of("tableName.exists", tableName, target.region(),
                    existing.tableStatusAsString()), Problem.of("tableName.exists.todo"));
        } catch (ResourceNotFoundException free) {
            // the name is free
        }
    }

    /** RestoreTableFromBackup with the chosen overrides; returns the new table (CREATING on AWS). */
    public RestoreStarted restoreFromBackup(ConnectionTarget target, String backupArn, String targetName,
                                            RestoreSettings settings) {
        requireBackups(target);
        refuseBadSettings(settings);
        requireTargetFree(target, targetName);
        List<GlobalSecondaryIndex> gsis = settings.keepGlobalIndexes() == null ? null
                : IndexDefinitions.forBackup(clients.dynamoDb(target), backupArn, settings);
        var request = RestoreRequests.fromBackup(backupArn, targetName, settings, gsis);
        Instant started = clock.instant();
        TableDescription made = checkedRestore(target, targetName,
                () -> clients.dynamoDbWrites(target).restoreTableFromBackup(request).tableDescription(),
                summary -> backupArn.equals(summary.sourceBackupArn()));
        String source = made.restoreSummary() == null ? null : tableNameOfArn(made.restoreSummary().sourceTableArn());
        return new RestoreStarted(TableMapper.toSummary(made), source, KIND_BACKUP, started);
    }

    /**
     * Sends a restore once; after an unanswered one, DescribeTable of the target tells whether it started:
     * the name was free before the call, so a CREATING or ACTIVE table with a restore summary from this
     * source is this restore. A table there without one is someone else's: said so, not claimed.
     */
    private TableDescription checkedRestore(ConnectionTarget target, String targetName, Supplier<TableDescription> restore,
                                            Predicate<RestoreSummary> fromThisSource) {
        return CheckedWrite.resendable("Restore into " + targetName, restore, () -> {
            Optional<TableDescription> table = describeIfExists(target, targetName);
            if (table.isEmpty()) return Optional.empty();
            TableDescription t = table.get();
            boolean started = t.restoreSummary() != null && fromThisSource.test(t.restoreSummary())
                    && (t.tableStatus() == TableStatus.CREATING || t.tableStatus() == TableStatus.ACTIVE);
            if (!started) {
                throw new WriteNotConfirmedException(OutcomeText.t("restore.foreign", targetName),
                        OutcomeText.t("restore.todo"), null);
            }
            return table;
        }, new CheckedWrite.Sentences(OutcomeText.t("restore.notFound", targetName), OutcomeText.t("restore.todo"),
                OutcomeText.t("restore.unknown", targetName), OutcomeText.t("restore.todo")));
    }

    private Optional<TableDescription> describeIfExists(ConnectionTarget target, String tableName) {
        try {
            return Optional.of(clients.dynamoDb(target).describeTable(b -> b.tableName(tableName)).table());
        } catch (ResourceNotFoundException gone) {
            return Optional.empty();
        }
    }

    /**
     * RestoreTableToPointInTime: from an existing table (SourceTableName) or a deleted one (SourceTableArn),
     * at the latest restorable time or at a time inside [earliest, latest] (checked first for existing tables).
     */
    public RestoreStarted restoreToPointInTime(ConnectionTarget target, PitrSource source, String targetName,
                                               RestorePoint point, RestoreSettings settings) {
        requireBackups(target);
        refuseBadSettings(settings);
        if (!source.deleted()) {
            PitrWindow window = pitr.describe(target, source.tableName());
            RestoreValidator.restorePoint(point, window).ifPresent(problem -> {
                throw new RestoreRefusedException(problem, window.enabled() ? Problem.of("restorePoint.outside.todo")
                        : Problem.of("restorePoint.pitrOff.todo", source.tableName()));
            });
        } else if (settings.keepGlobalIndexes() != null) {
            throw new RestoreRefusedException(Problem.of("deletedSource.indexes"), Problem.of("deletedSource.indexes.todo"));
        }
        requireTargetFree(target, targetName);
        List<GlobalSecondaryIndex> gsis = settings.keepGlobalIndexes() == null ? null
                : IndexDefinitions.forTable(clients.dynamoDb(target), source.tableName(), settings);
        var request = RestoreRequests.toPointInTime(source, targetName, point, settings, gsis);
        Instant started = clock.instant();
        TableDescription made = checkedRestore(target, targetName,
                () -> clients.dynamoDbWrites(target).restoreTableToPointInTime(request).tableDescription(),
                summary -> source.deleted() ? String.valueOf(source.tableArn()).equals(summary.sourceTableArn())
                        : source.tableName().equals(tableNameOfArn(summary.sourceTableArn())));
        return new RestoreStarted(TableMapper.toSummary(made), source.tableName(), KIND_POINT_IN_TIME, started);
    }

    /** Deleted tables that had PITR on: their {@code $DeletedTableBackup} SYSTEM backups (kept 35 days). */
    public List<DeletedTable> deletedTables(ConnectionTarget target) throws InterruptedException {
        requireBackups(target);
        List<DeletedTable> result = new ArrayList<>();
        pages.forEach(clients.dynamoDb(target), target,
                ListBackupsRequest.builder().backupType(BackupTypeFilter.SYSTEM).limit(100).build(),
                page -> page.backupSummaries().forEach(s -> {
                    if (s.backupName() != null && s.backupName().contains("$DeletedTableBackup")) {
                        result.add(new DeletedTable(s.tableName(), s.tableArn(), s.backupArn(), s.backupExpiryDateTime()));
                    }
                }));
        return result;
    }

    /** One DescribeTable of a restored table: its status and RestoreSummary.RestoreInProgress. */
    public RestoreProgress progress(ConnectionTarget target, String tableName) {
        try {
            TableDescription d = clients.dynamoDb(target).describeTable(b -> b.tableName(tableName)).table();
            boolean running = d.restoreSummary() != null && Boolean.TRUE.equals(d.restoreSummary().restoreInProgress());
            return new RestoreProgress(TableMapper.toSummary(d), running);
        } catch (ResourceNotFoundException gone) {
            return new RestoreProgress(null, false);
        }
    }

    /** Follows a restored table until it is ACTIVE (the CLI's --wait); polls every {@code interval}. */
    public RestoreProgress waitUntilActive(ConnectionTarget target, String tableName, Duration interval, Duration timeout)
            throws InterruptedException {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            RestoreProgress p = progress(target, tableName);
            if (p.table() == null) throw new IllegalStateException(ProblemText.of(Problem.of("restore.disappeared", tableName)));
            if (p.isActive()) return p;
            if (clock.instant().isAfter(deadline)) {
                throw new RestoreRefusedException(Problem.of("restore.stillRunning", tableName, timeout.toMinutes()),
                        Problem.of("restore.stillRunning.todo"));
            }
            Thread.sleep(interval.toMillis());
        }
    }

    public Instant now() {
        return clock.instant();
    }

    private Optional<TableSummary> liveTable(ConnectionTarget target, String name) {
        if (name == null) return Optional.empty();
        try {
            return Optional.of(TableMapper.toSummary(clients.dynamoDb(target).describeTable(b -> b.tableName(name)).table()));
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    private static void refuseBadSettings(RestoreSettings settings) {
        RestoreValidator.settings(settings).ifPresent(problem -> {
            throw new RestoreRefusedException(problem, Problem.of("settings.todo"));
        });
    }

    private void requireBackups(ConnectionTarget target) {
        var caps = clients.capabilities(target.connection());
        if (!caps.backups()) throw new UnsupportedByEndpointException(caps.reason());
    }

    static String tableNameOfArn(String arn) {
        if (arn == null) return null;
        int slash = arn.indexOf(":table/");
        return slash < 0 ? arn : arn.substring(slash + 7).split("/")[0];
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }

}
