package dev.dynamobackup.service;

import dev.dynamobackup.model.Problem;
import dev.dynamobackup.model.IndexInfo;
import dev.dynamobackup.model.KeyAttribute;
import dev.dynamobackup.model.RestoreSettings;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputDescription;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.SourceTableFeatureDetails;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GSI definitions a GlobalSecondaryIndexOverride must repeat in full (key schema, projection and,
 * for provisioned tables, throughput): read from the backup's feature details, or from the source table
 * when the server leaves those out.
 */
final class IndexDefinitions {
    private IndexDefinitions() {
    }

    /** The indexes a backup describes, as the app shows them. */
    static List<IndexInfo> infos(SourceTableFeatureDetails f) {
        List<IndexInfo> result = new ArrayList<>();
        if (f == null) return result;
        f.globalSecondaryIndexes().forEach(g -> result.add(new IndexInfo(g.indexName(), true, keys(g.keySchema()),
                g.projection() == null ? null : g.projection().projectionTypeAsString(), null,
                g.provisionedThroughput() == null ? 0 : nz(g.provisionedThroughput().readCapacityUnits()),
                g.provisionedThroughput() == null ? 0 : nz(g.provisionedThroughput().writeCapacityUnits()), 0, 0)));
        f.localSecondaryIndexes().forEach(l -> result.add(new IndexInfo(l.indexName(), false, keys(l.keySchema()),
                l.projection() == null ? null : l.projection().projectionTypeAsString(), null, 0, 0, 0, 0)));
        return result;
    }

    static List<GlobalSecondaryIndex> forBackup(DynamoDbClient ddb, String backupArn, RestoreSettings settings) {
        var d = ddb.describeBackup(b -> b.backupArn(backupArn)).backupDescription();
        Map<String, Definition> all = new LinkedHashMap<>();
        if (d.sourceTableFeatureDetails() != null) {
            d.sourceTableFeatureDetails().globalSecondaryIndexes().forEach(g ->
                    all.put(g.indexName(), new Definition(g.keySchema(), g.projection(), nonZero(g.provisionedThroughput()))));
        }
        if (all.isEmpty()) all.putAll(ofTable(ddb, d.sourceTableDetails().tableName()));
        return kept(all, settings);
    }

    static List<GlobalSecondaryIndex> forTable(DynamoDbClient ddb, String tableName, RestoreSettings settings) {
        return kept(ofTable(ddb, tableName), settings);
    }

    /** @param throughput the index's own capacity in the source, null when on-demand */
    private record Definition(List<KeySchemaElement> keySchema, Projection projection, ProvisionedThroughput throughput) {
    }

    private static Map<String, Definition> ofTable(DynamoDbClient ddb, String tableName) {
        Map<String, Definition> all = new LinkedHashMap<>();
        try {
            ddb.describeTable(b -> b.tableName(tableName)).table().globalSecondaryIndexes().forEach(g ->
                    all.put(g.indexName(), new Definition(g.keySchema(), g.projection(), throughput(g.provisionedThroughput()))));
        } catch (ResourceNotFoundException gone) {
            // the source table was deleted: only the backup can tell
        }
        return all;
    }

    private static List<GlobalSecondaryIndex> kept(Map<String, Definition> all, RestoreSettings settings) {
        List<GlobalSecondaryIndex> result = new ArrayList<>();
        for (String name : settings.keepGlobalIndexes()) {
            Definition def = all.get(name);
            if (def == null) {
                throw new RestoreRefusedException(Problem.of("index.unknown", name),
                        Problem.of("index.unknown.todo", String.join(", ", all.keySet())));
            }
            GlobalSecondaryIndex.Builder gsi = GlobalSecondaryIndex.builder().indexName(name)
                    .keySchema(def.keySchema()).projection(def.projection());
            if (settings.provisioned()) {
                gsi.provisionedThroughput(p -> p.readCapacityUnits(settings.readCapacity())
                        .writeCapacityUnits(settings.writeCapacity()));
            } else if (settings.billingMode() == null && def.throughput() != null) {
                // billing as in a provisioned source: each kept index repeats its own capacity
                gsi.provisionedThroughput(def.throughput());
            }
            result.add(gsi.build());
        }
        return result;
    }

    private static ProvisionedThroughput nonZero(ProvisionedThroughput p) {
        return p == null || p.readCapacityUnits() == null || p.readCapacityUnits() == 0 ? null : p;
    }

    private static ProvisionedThroughput throughput(ProvisionedThroughputDescription d) {
        if (d == null || d.readCapacityUnits() == null || d.readCapacityUnits() == 0) return null;
        return ProvisionedThroughput.builder().readCapacityUnits(d.readCapacityUnits())
                .writeCapacityUnits(d.writeCapacityUnits()).build();
    }

    private static List<KeyAttribute> keys(List<KeySchemaElement> schema) {
        return schema.stream().map(k -> new KeyAttribute(k.attributeName(), k.keyTypeAsString(), null)).toList();
    }

    private static long nz(Long v) {
        return v == null ? 0 : v;
    }
}
