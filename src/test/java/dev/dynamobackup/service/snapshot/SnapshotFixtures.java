package dev.dynamobackup.service.snapshot;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.service.InventoryService;
import dev.dynamobackup.service.PitrService;
import dev.dynamobackup.service.SettingsReplayService;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tables with every attribute type, indexes, and a way to read a whole table back in canonical form. */
final class SnapshotFixtures {
    private SnapshotFixtures() {
    }

    static SnapshotService service(AwsClients clients, Path dataDir) {
        InventoryService inventory = new InventoryService(clients);
        PitrService pitr = new PitrService(clients);
        return new SnapshotService(clients, new SettingsReplayService(clients, inventory, pitr), dataDir);
    }

    /** A table with a string hash key, numeric range key, a GSI and an LSI. */
    static void createIndexedTable(DynamoDbClient ddb, String name) {
        ddb.createTable(b -> b.tableName(name)
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.N),
                        attr("status", ScalarAttributeType.S), attr("total", ScalarAttributeType.N))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by-status")
                        .keySchema(key("status", KeyType.HASH), key("sk", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes("total").build()).build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("by-total")
                        .keySchema(key("pk", KeyType.HASH), key("total", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build()));
        ddb.waiter().waitUntilTableExists(b -> b.tableName(name));
    }

    /** A simple table: string hash key "id". */
    static void createSimpleTable(DynamoDbClient ddb, String name) {
        ddb.createTable(b -> b.tableName(name).attributeDefinitions(attr("id", ScalarAttributeType.S))
                .keySchema(key("id", KeyType.HASH)).billingMode(BillingMode.PAY_PER_REQUEST));
        ddb.waiter().waitUntilTableExists(b -> b.tableName(name));
    }

    /** Item i of the indexed table: every attribute type, 38-digit numbers, nested maps and lists. */
    static Map<String, AttributeValue> richItem(int i) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("pk", AttributeValue.fromS("customer-" + (i % 7) + "-ünï©ødé-\"quoted\"\n"));
        item.put("sk", AttributeValue.fromN(Integer.toString(i)));
        item.put("status", AttributeValue.fromS(i % 3 == 0 ? "OPEN" : "SHIPPED"));
        item.put("total", AttributeValue.fromN("1234567890123456789012345678901234567" + (i % 10)));
        item.put("tiny", AttributeValue.fromN("-0.00000000000000000000000000000000000000" + (i % 9 + 1)));
        item.put("blob", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[]{0, (byte) 0xff, (byte) i, 10, 13, 0})));
        item.put("ss", AttributeValue.fromSs(List.of("b", "a", "c" + i)));
        item.put("ns", AttributeValue.fromNs(List.of("1", "99999999999999999999999999999999999999", "-3.25", Integer.toString(i + 10))));
        item.put("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"), SdkBytes.fromByteArray(new byte[]{(byte) i, 1}))));
        item.put("flag", AttributeValue.fromBool(i % 2 == 0));
        item.put("nothing", AttributeValue.fromNul(true));
        item.put("nested", AttributeValue.fromM(Map.of(
                "list", AttributeValue.fromL(List.of(AttributeValue.fromN("1"), AttributeValue.fromS("two"),
                        AttributeValue.fromM(Map.of("deep", AttributeValue.fromSs(List.of("z", "y")))),
                        AttributeValue.fromNul(true), AttributeValue.fromBool(false))),
                "empty", AttributeValue.fromM(Map.of()),
                "emptyList", AttributeValue.fromL(List.of()),
                "emptyString", AttributeValue.fromS(""))));
        return item;
    }

    static void put(DynamoDbClient ddb, String table, int count, java.util.function.IntFunction<Map<String, AttributeValue>> item) {
        List<WriteRequest> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item.apply(i)).build()).build());
            if (batch.size() == 25 || i == count - 1) {
                Map<String, List<WriteRequest>> pending = Map.of(table, List.copyOf(batch));
                while (!pending.isEmpty()) {
                    Map<String, List<WriteRequest>> send = pending;
                    pending = ddb.batchWriteItem(b -> b.requestItems(send)).unprocessedItems();
                }
                batch.clear();
            }
        }
    }

    static Map<String, AttributeValue> small(int i) {
        return Map.of("id", AttributeValue.fromS("item-" + i), "n", AttributeValue.fromN(Integer.toString(i)),
                "s", AttributeValue.fromS("value " + i));
    }

    /** Every item of a table in canonical form (sorted keys and set members), keyed by that form. */
    static Map<String, Integer> content(DynamoDbClient ddb, String table) {
        Map<String, Integer> content = new HashMap<>();
        ddb.scanPaginator(b -> b.tableName(table).consistentRead(true)).items().forEach(item ->
                content.merge(new String(ContentDigest.canonical(item), java.nio.charset.StandardCharsets.UTF_8), 1, Integer::sum));
        return content;
    }

    private static AttributeDefinition attr(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
