package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.PitrWindow;
import dev.dynamobackup.model.Problem;
import dev.dynamobackup.model.ReplayItem;
import dev.dynamobackup.model.ReplayStep;
import dev.dynamobackup.model.SourceSettings;
import dev.dynamobackup.model.TableSummary;
import dev.dynamobackup.service.validation.ProblemText;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Re-applies to a restored table what its source had and a restore does not carry over: tags, TTL,
 * the stream setting, PITR with its period, deletion protection. Each step is reported on its own; a
 * step that fails does not undo the others (each is a separate, idempotent call).
 */
public final class SettingsReplayService {
    private final AwsClients clients;
    private final InventoryService inventory;
    private final PitrService pitr;

    public SettingsReplayService(AwsClients clients, InventoryService inventory, PitrService pitr) {
        this.clients = clients;
        this.inventory = inventory;
        this.pitr = pitr;
    }

    /** Reads the source table's replayable settings (before the restore, while it exists). */
    public SourceSettings capture(ConnectionTarget target, String tableName) throws InterruptedException {
        TableSummary t = inventory.details(target, tableName);
        PitrWindow window = clients.capabilities(target.connection()).pointInTimeRecovery()
                ? pitr.describe(target, tableName) : PitrWindow.DISABLED;
        return new SourceSettings(tableName, t.tags(), "ENABLED".equals(t.ttlStatus()) ? t.ttlAttribute() : null,
                t.streamViewType(), window.enabled() ? window.recoveryPeriodDays() : 0, t.deletionProtection());
    }

    /** Applies the chosen items in a fixed order (deletion protection last); returns one step per item. */
    public List<ReplayStep> replay(ConnectionTarget target, String restoredTable, SourceSettings source,
                                   Set<ReplayItem> items) {
        List<ReplayStep> steps = new ArrayList<>();
        for (ReplayItem item : ReplayItem.values()) {
            if (!items.contains(item)) continue;
            if (!source.has(item)) {
                steps.add(new ReplayStep(item, ReplayStep.Outcome.SKIPPED, ProblemText.of(Problem.of("replay.skipped.none", source.tableName()))));
                continue;
            }
            try {
                apply(target, restoredTable, source, item);
                steps.add(new ReplayStep(item, ReplayStep.Outcome.APPLIED, source.describe(item)));
            } catch (RuntimeException e) {
                steps.add(new ReplayStep(item, ReplayStep.Outcome.FAILED, ErrorMessages.of(e, target).sentence()));
            }
        }
        return steps;
    }

    private void apply(ConnectionTarget target, String table, SourceSettings source, ReplayItem item) {
        DynamoDbClient ddb = clients.dynamoDb(target);
        // UpdateTimeToLive and UpdateTable are not idempotent (see WriteOperations): never resent blindly
        DynamoDbClient writes = clients.dynamoDbWrites(target);
        switch (item) {
            case TAGS -> {
                String arn = ddb.describeTable(b -> b.tableName(table)).table().tableArn();
                List<Tag> tags = source.tags().entrySet().stream()
                        .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
                ddb.tagResource(b -> b.resourceArn(arn).tags(tags));
            }
            case TTL -> writes.updateTimeToLive(b -> b.tableName(table)
                    .timeToLiveSpecification(s -> s.enabled(true).attributeName(source.ttlAttribute())));
            case STREAM -> writes.updateTable(b -> b.tableName(table)
                    .streamSpecification(s -> s.streamEnabled(true).streamViewType(source.streamViewType())));
            case PITR -> pitr.enable(target, table, source.pitrDays());
            case DELETION_PROTECTION -> writes.updateTable(b -> b.tableName(table).deletionProtectionEnabled(true));
        }
    }
}
