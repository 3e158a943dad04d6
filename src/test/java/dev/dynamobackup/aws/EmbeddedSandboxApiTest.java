package dev.dynamobackup.aws;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded DynamoDB Local answers the API calls the app (and its snapshot/restore features)
 * makes: tables with indexes, item reads and writes with expressions, batches, transactions,
 * PartiQL, TTL, stream settings, paginated scans and the usual errors. It guards the trimmed
 * runtime class path: DynamoDB Local drags in many jars (Jetty, Netty, Pinpoint, Mockito, ...) that
 * the build leaves out, and this test fails if one it needs in embedded mode goes missing.
 */
class EmbeddedSandboxApiTest {
    @TempDir
    static Path dir;
    private static EmbeddedSandbox sandbox;
    private static DynamoDbClient ddb;

    @BeforeAll
    static void start() {
        sandbox = new EmbeddedSandbox(dir.resolve("sandbox"), c -> { });
        ddb = sandbox.client();
        ddb.createTable(b -> b.tableName("Orders")
                .attributeDefinitions(attr("pk", ScalarAttributeType.S), attr("sk", ScalarAttributeType.N),
                        attr("status", ScalarAttributeType.S), attr("total", ScalarAttributeType.N))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("by-status")
                        .keySchema(key("status", KeyType.HASH), key("sk", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("by-total")
                        .keySchema(key("pk", KeyType.HASH), key("total", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build())
                .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
        ddb.waiter().waitUntilTableExists(b -> b.tableName("Orders"));
        List<WriteRequest> writes = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                    "pk", s("customer-" + i % 5), "sk", n(i), "status", s(i % 3 == 0 ? "OPEN" : "SHIPPED"),
                    "total", n(10 + i), "blob", AttributeValue.fromB(SdkBytes.fromUtf8String("payload " + i)),
                    "tags", AttributeValue.fromSs(List.of("a" + i % 2, "b")))).build()).build());
            if (writes.size() == 25) {
                assertTrue(ddb.batchWriteItem(b -> b.requestItems(Map.of("Orders", List.copyOf(writes))))
                        .unprocessedItems().isEmpty());
                writes.clear();
            }
        }
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) sandbox.close();
    }

    @Test
    void describesListsAndUpdatesTables() {
        var table = ddb.describeTable(b -> b.tableName("Orders")).table();
        assertEquals(75L, ddb.scan(b -> b.tableName("Orders").select("COUNT")).count().longValue());
        assertEquals("by-status", table.globalSecondaryIndexes().get(0).indexName());
        assertEquals("by-total", table.localSecondaryIndexes().get(0).indexName());
        assertTrue(ddb.listTables().tableNames().contains("Orders"));
        ddb.updateTimeToLive(b -> b.tableName("Orders").timeToLiveSpecification(t -> t.attributeName("expires").enabled(true)));
        assertEquals("expires", ddb.describeTimeToLive(b -> b.tableName("Orders")).timeToLiveDescription().attributeName());
        assertThrows(ResourceNotFoundException.class, () -> ddb.describeTable(b -> b.tableName("NoSuchTable")));
    }

    @Test
    void readsWithKeysExpressionsIndexesAndPages() {
        var item = ddb.getItem(b -> b.tableName("Orders").key(Map.of("pk", s("customer-1"), "sk", n(6)))
                .consistentRead(true)).item();
        assertEquals("payload 6", item.get("blob").b().asUtf8String());
        var query = ddb.query(b -> b.tableName("Orders").keyConditionExpression("pk = :p AND sk BETWEEN :lo AND :hi")
                .filterExpression("contains(tags, :t) AND #s = :st").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":p", s("customer-0"), ":lo", n(0), ":hi", n(50), ":t", s("a0"),
                        ":st", s("OPEN"))).scanIndexForward(false));
        assertEquals(List.of("30", "0"), query.items().stream().map(i -> i.get("sk").n()).toList());
        assertEquals(25, ddb.query(b -> b.tableName("Orders").indexName("by-status")
                .keyConditionExpression("#s = :s").expressionAttributeNames(Map.of("#s", "status"))
                .expressionAttributeValues(Map.of(":s", s("OPEN")))).count());
        assertEquals(5, ddb.query(b -> b.tableName("Orders").indexName("by-total")
                .keyConditionExpression("pk = :p AND #t > :t").expressionAttributeNames(Map.of("#t", "total"))
                .expressionAttributeValues(Map.of(":p", s("customer-2"), ":t", n(60)))).count());
        int pages = 0;
        int items = 0;
        for (var page : ddb.scanPaginator(b -> b.tableName("Orders").limit(20).projectionExpression("pk, sk"))) {
            pages++;
            items += page.count();
        }
        assertEquals(75, items);
        assertTrue(pages >= 4, "paginated scan: " + pages + " pages");
        var segment = ddb.scan(b -> b.tableName("Orders").segment(1).totalSegments(2));
        assertTrue(segment.count() > 0 && segment.count() < 75);
        var batch = ddb.batchGetItem(b -> b.requestItems(Map.of("Orders", KeysAndAttributes.builder()
                .keys(Map.of("pk", s("customer-3"), "sk", n(3)), Map.of("pk", s("customer-4"), "sk", n(4))).build())));
        assertEquals(2, batch.responses().get("Orders").size());
    }

    @Test
    void writesWithConditionsTransactionsAndPartiQl() {
        var updated = ddb.updateItem(b -> b.tableName("Orders").key(Map.of("pk", s("customer-9"), "sk", n(900)))
                .updateExpression("SET #s = :s, #t = if_not_exists(#t, :zero) + :inc ADD tags :tags")
                .expressionAttributeNames(Map.of("#s", "status", "#t", "total"))
                .expressionAttributeValues(Map.of(":s", s("OPEN"), ":zero", n(0), ":inc", n(5),
                        ":tags", AttributeValue.fromSs(List.of("new"))))
                .returnValues(ReturnValue.ALL_NEW));
        assertEquals("5", updated.attributes().get("total").n());
        assertThrows(ConditionalCheckFailedException.class, () -> ddb.putItem(b -> b.tableName("Orders")
                .item(Map.of("pk", s("customer-9"), "sk", n(900))).conditionExpression("attribute_not_exists(pk)")));

        ddb.transactWriteItems(b -> b.transactItems(
                t -> t.put(p -> p.tableName("Orders").item(Map.of("pk", s("customer-9"), "sk", n(901), "status", s("OPEN"),
                        "total", n(1)))),
                t -> t.update(u -> u.tableName("Orders").key(Map.of("pk", s("customer-9"), "sk", n(900)))
                        .updateExpression("SET #t = #t + :one").expressionAttributeNames(Map.of("#t", "total"))
                        .expressionAttributeValues(Map.of(":one", n(1))))));
        assertEquals("6", ddb.transactGetItems(b -> b.transactItems(t -> t.get(g -> g.tableName("Orders")
                .key(Map.of("pk", s("customer-9"), "sk", n(900)))))).responses().get(0).item().get("total").n());
        assertThrows(TransactionCanceledException.class, () -> ddb.transactWriteItems(b -> b.transactItems(
                t -> t.conditionCheck(c -> c.tableName("Orders").key(Map.of("pk", s("customer-9"), "sk", n(901)))
                        .conditionExpression("attribute_not_exists(pk)")),
                t -> t.delete(d -> d.tableName("Orders").key(Map.of("pk", s("customer-9"), "sk", n(900)))))));

        var partiql = ddb.executeStatement(b -> b.statement("SELECT * FROM \"Orders\" WHERE pk = ? AND sk >= ?")
                .parameters(s("customer-9"), n(900)));
        assertEquals(2, partiql.items().size());
        ddb.executeStatement(b -> b.statement("DELETE FROM \"Orders\" WHERE pk = 'customer-9' AND sk = 901"));
        ddb.deleteItem(b -> b.tableName("Orders").key(Map.of("pk", s("customer-9"), "sk", n(900))));
        assertFalse(ddb.getItem(b -> b.tableName("Orders").key(Map.of("pk", s("customer-9"), "sk", n(900)))).hasItem());
    }

    @Test
    void createsAndDeletesATable() {
        ddb.createTable(b -> b.tableName("Scratch").attributeDefinitions(attr("id", ScalarAttributeType.B))
                .keySchema(key("id", KeyType.HASH))
                .provisionedThroughput(p -> p.readCapacityUnits(5L).writeCapacityUnits(5L)));
        ddb.updateTable(b -> b.tableName("Scratch").provisionedThroughput(p -> p.readCapacityUnits(10L).writeCapacityUnits(10L)));
        ddb.deleteTable(b -> b.tableName("Scratch"));
        // (the SDK's table-not-exists waiter does not recognise the embedded server's error: no waiter here)
        assertFalse(ddb.listTables().tableNames().contains("Scratch"));
    }

    private static AttributeDefinition attr(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
