package dev.dynamobackup.service;

import dev.dynamobackup.model.IndexInfo;
import dev.dynamobackup.model.KeyAttribute;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.TableSummary;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Maps the SDK's TableDescription to the app's {@link TableSummary}. */
final class TableMapper {
    private TableMapper() {
    }

    static TableSummary toSummary(TableDescription d) {
        Map<String, String> types = d.attributeDefinitions().stream()
                .collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeTypeAsString,
                        (a, b) -> a));
        List<IndexInfo> indexes = new ArrayList<>();
        for (GlobalSecondaryIndexDescription g : d.globalSecondaryIndexes()) {
            long rcu = g.provisionedThroughput() == null ? 0 : nz(g.provisionedThroughput().readCapacityUnits());
            long wcu = g.provisionedThroughput() == null ? 0 : nz(g.provisionedThroughput().writeCapacityUnits());
            indexes.add(new IndexInfo(g.indexName(), true, keys(g.keySchema(), types::get),
                    g.projection() == null ? null : g.projection().projectionTypeAsString(),
                    g.indexStatusAsString(), rcu, wcu, nz(g.itemCount()), nz(g.indexSizeBytes())));
        }
        for (LocalSecondaryIndexDescription l : d.localSecondaryIndexes()) {
            indexes.add(new IndexInfo(l.indexName(), false, keys(l.keySchema(), types::get),
                    l.projection() == null ? null : l.projection().projectionTypeAsString(),
                    null, 0, 0, nz(l.itemCount()), nz(l.indexSizeBytes())));
        }
        String billing = d.billingModeSummary() != null && d.billingModeSummary().billingMode() != null
                ? d.billingModeSummary().billingModeAsString() : "PROVISIONED";
        long rcu = d.provisionedThroughput() == null ? 0 : nz(d.provisionedThroughput().readCapacityUnits());
        long wcu = d.provisionedThroughput() == null ? 0 : nz(d.provisionedThroughput().writeCapacityUnits());
        String stream = d.streamSpecification() != null && Boolean.TRUE.equals(d.streamSpecification().streamEnabled())
                ? d.streamSpecification().streamViewTypeAsString() : null;
        String tableClass = d.tableClassSummary() == null ? "STANDARD" : d.tableClassSummary().tableClassAsString();
        return new TableSummary(d.tableName(), d.tableArn(), d.tableStatusAsString(), nz(d.itemCount()),
                nz(d.tableSizeBytes()), billing, PitrStatus.UNKNOWN, Boolean.TRUE.equals(d.deletionProtectionEnabled()),
                plausible(d.creationDateTime()), keys(d.keySchema(), types::get), indexes, rcu, wcu, stream, null, null,
                Map.of(), tableClass);
    }

    private static List<KeyAttribute> keys(List<KeySchemaElement> schema, Function<String, String> typeOf) {
        return schema.stream()
                .map(k -> new KeyAttribute(k.attributeName(), k.keyTypeAsString(), typeOf.apply(k.attributeName())))
                .toList();
    }

    /**
     * The embedded DynamoDB Local hands back epoch milliseconds where seconds are expected (a table
     * "created" in the year 58859); no real table is created more than a day in the future.
     */
    static Instant plausible(Instant created) {
        if (created == null || created.isBefore(Instant.now().plus(Duration.ofDays(1)))) return created;
        return Instant.ofEpochMilli(created.getEpochSecond());
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }
}
