package dev.dynamobackup.service.snapshot;

import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.util.List;

/** Translates between a table description and the manifest's schema, and back into a CreateTable request. */
final class TableBlueprint {
    private TableBlueprint() {
    }

    static List<SnapshotManifest.KeyElement> keys(List<KeySchemaElement> keys) {
        return keys.stream().map(k -> new SnapshotManifest.KeyElement(k.attributeName(), k.keyTypeAsString())).toList();
    }

    static List<SnapshotManifest.AttributeDef> attributes(TableDescription t) {
        return t.attributeDefinitions().stream()
                .map(a -> new SnapshotManifest.AttributeDef(a.attributeName(), a.attributeTypeAsString())).toList();
    }

    static List<SnapshotManifest.IndexDef> globalIndexes(TableDescription t) {
        return t.globalSecondaryIndexes().stream().map(TableBlueprint::index).toList();
    }

    static List<SnapshotManifest.IndexDef> localIndexes(TableDescription t) {
        return t.localSecondaryIndexes().stream().map(TableBlueprint::index).toList();
    }

    private static SnapshotManifest.IndexDef index(GlobalSecondaryIndexDescription g) {
        var p = g.provisionedThroughput();
        return new SnapshotManifest.IndexDef(g.indexName(), keys(g.keySchema()), g.projection().projectionTypeAsString(),
                g.projection().nonKeyAttributes(), p == null || p.readCapacityUnits() == null ? 0 : p.readCapacityUnits(),
                p == null || p.writeCapacityUnits() == null ? 0 : p.writeCapacityUnits());
    }

    private static SnapshotManifest.IndexDef index(LocalSecondaryIndexDescription l) {
        return new SnapshotManifest.IndexDef(l.indexName(), keys(l.keySchema()), l.projection().projectionTypeAsString(),
                l.projection().nonKeyAttributes(), 0, 0);
    }

    /** On-demand unless the description says PROVISIONED (DynamoDB Local and old tables omit the summary). */
    static String billingMode(TableDescription t) {
        if (t.billingModeSummary() != null && t.billingModeSummary().billingMode() != null) {
            return t.billingModeSummary().billingModeAsString();
        }
        var p = t.provisionedThroughput();
        return p != null && p.readCapacityUnits() != null && p.readCapacityUnits() > 0
                ? BillingMode.PROVISIONED.toString() : BillingMode.PAY_PER_REQUEST.toString();
    }

    /**
     * The CreateTable request for a snapshot's table under a new name.
     *
     * @param billing PAY_PER_REQUEST, PROVISIONED, or null for the snapshot's own mode
     * @param read    read units when PROVISIONED is asked for (0: the snapshot's, or 5)
     */
    static CreateTableRequest createRequest(SnapshotManifest m, String name, String billing, long read, long write) {
        String mode = billing != null ? billing : m.billingMode();
        boolean provisioned = BillingMode.PROVISIONED.toString().equals(mode);
        long r = read > 0 ? read : m.readCapacity() > 0 ? m.readCapacity() : 5;
        long w = write > 0 ? write : m.writeCapacity() > 0 ? m.writeCapacity() : 5;
        CreateTableRequest.Builder b = CreateTableRequest.builder().tableName(name)
                .keySchema(keySchema(m.keySchema()))
                .attributeDefinitions(m.attributeDefinitions().stream().map(a -> AttributeDefinition.builder()
                        .attributeName(a.attributeName()).attributeType(a.attributeType()).build()).toList())
                .billingMode(provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST);
        if (provisioned) b.provisionedThroughput(throughput(r, w));
        if (!m.globalSecondaryIndexes().isEmpty()) {
            b.globalSecondaryIndexes(m.globalSecondaryIndexes().stream().map(i -> {
                GlobalSecondaryIndex.Builder g = GlobalSecondaryIndex.builder().indexName(i.indexName())
                        .keySchema(keySchema(i.keySchema())).projection(projection(i));
                if (provisioned) g.provisionedThroughput(throughput(
                        i.readCapacity() > 0 && read == 0 ? i.readCapacity() : r, i.writeCapacity() > 0 && write == 0 ? i.writeCapacity() : w));
                return g.build();
            }).toList());
        }
        if (!m.localSecondaryIndexes().isEmpty()) {
            b.localSecondaryIndexes(m.localSecondaryIndexes().stream().map(i -> LocalSecondaryIndex.builder()
                    .indexName(i.indexName()).keySchema(keySchema(i.keySchema())).projection(projection(i)).build()).toList());
        }
        return b.build();
    }

    static boolean sameKeys(TableDescription t, SnapshotManifest m) {
        return keys(t.keySchema()).equals(m.keySchema());
    }

    private static List<KeySchemaElement> keySchema(List<SnapshotManifest.KeyElement> keys) {
        return keys.stream().map(k -> KeySchemaElement.builder().attributeName(k.attributeName()).keyType(k.keyType()).build()).toList();
    }

    private static Projection projection(SnapshotManifest.IndexDef i) {
        Projection.Builder p = Projection.builder().projectionType(i.projectionType());
        if (!i.nonKeyAttributes().isEmpty()) p.nonKeyAttributes(i.nonKeyAttributes());
        return p.build();
    }

    private static ProvisionedThroughput throughput(long read, long write) {
        return ProvisionedThroughput.builder().readCapacityUnits(read).writeCapacityUnits(write).build();
    }
}
