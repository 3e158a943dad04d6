package dev.dynamobackup.service;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Creates the four tables of the DynamoDB getting-started lab (ProductCatalog, Forum, Thread, Reply)
 * and fills them with a few hundred made-up but plausible items. Deterministic: the same items every time.
 */
public final class DemoTableSeeder {
    public static final List<String> TABLES = List.of("ProductCatalog", "Forum", "Thread", "Reply");
    private static final String[] FORUMS = {"Amazon DynamoDB", "Amazon S3", "Amazon EC2", "AWS Lambda",
            "Amazon SQS", "AWS Backup"};
    private static final String[] USERS = {"User A", "User B", "User C", "User D", "User E"};
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final DynamoDbClient ddb;
    private final Random random = new Random(42);
    private final LocalDateTime epoch = LocalDateTime.of(2025, 1, 6, 9, 0);

    public DemoTableSeeder(DynamoDbClient ddb) {
        this.ddb = ddb;
    }

    /** For wiring as the sandbox's seeder. */
    public static void seedClient(DynamoDbClient ddb) {
        new DemoTableSeeder(ddb).seed();
    }

    /** Creates the tables (waiting until ACTIVE) and writes the items; returns how many items. */
    public int seed() {
        createTable("ProductCatalog", key("Id", ScalarAttributeType.N), null, null);
        createTable("Forum", key("Name", ScalarAttributeType.S), null, null);
        createTable("Thread", key("ForumName", ScalarAttributeType.S), key("Subject", ScalarAttributeType.S), null);
        createTable("Reply", key("Id", ScalarAttributeType.S), key("ReplyDateTime", ScalarAttributeType.S),
                GlobalSecondaryIndex.builder().indexName("PostedBy-Message-Index")
                        .keySchema(hash("PostedBy"), range("Message"))
                        .projection(p -> p.projectionType(ProjectionType.ALL))
                        .provisionedThroughput(throughput()).build());
        int count = 0;
        count += write("ProductCatalog", products());
        count += write("Forum", forums());
        List<Map<String, AttributeValue>> threads = threads();
        count += write("Thread", threads);
        count += write("Reply", replies(threads));
        return count;
    }

    private void createTable(String name, AttributeDefinition hash, AttributeDefinition range, GlobalSecondaryIndex gsi) {
        List<AttributeDefinition> definitions = new ArrayList<>(List.of(hash));
        List<KeySchemaElement> keys = new ArrayList<>(List.of(hash(hash.attributeName())));
        if (range != null) {
            definitions.add(range);
            keys.add(range(range.attributeName()));
        }
        CreateTableRequest.Builder request = CreateTableRequest.builder().tableName(name)
                .keySchema(keys).provisionedThroughput(throughput());
        if (gsi != null) {
            gsi.keySchema().forEach(k -> definitions.add(key(k.attributeName(), ScalarAttributeType.S)));
            request.globalSecondaryIndexes(gsi);
        }
        ddb.createTable(request.attributeDefinitions(definitions).build());
        ddb.waiter().waitUntilTableExists(b -> b.tableName(name));
    }

    private List<Map<String, AttributeValue>> products() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Map<String, AttributeValue> book = new HashMap<>();
            book.put("Id", n(101 + i));
            book.put("Title", s("Book " + (101 + i) + " Title"));
            book.put("ISBN", s(String.format("%03d-%010d", 100 + i, 1_000_000L * (i + 1) + random.nextInt(999_999))));
            book.put("Authors", AttributeValue.fromSs(List.of("Author" + (1 + i % 7), "Author" + (8 + i % 5))));
            book.put("Price", n(5 + random.nextInt(60)));
            book.put("Dimensions", s("8.5 x 11.0 x " + (0.5 + i % 4 * 0.25)));
            book.put("PageCount", n(100 + random.nextInt(700)));
            book.put("InPublication", AttributeValue.fromBool(i % 5 != 0));
            book.put("ProductCategory", s("Book"));
            items.add(book);
        }
        String[] types = {"Road", "Mountain", "Hybrid"};
        String[] colors = {"Red", "Black", "Green", "Blue", "Silver"};
        for (int i = 0; i < 20; i++) {
            Map<String, AttributeValue> bike = new HashMap<>();
            bike.put("Id", n(201 + i));
            bike.put("Title", s("Bicycle " + (201 + i)));
            bike.put("Description", s(types[i % 3] + " bicycle, model " + (201 + i)));
            bike.put("BicycleType", s(types[i % 3]));
            bike.put("Brand", s("Brand-Company " + (char) ('A' + i % 4)));
            bike.put("Price", n(100 + random.nextInt(900)));
            bike.put("Color", AttributeValue.fromSs(List.of(colors[i % 5], colors[(i + 2) % 5])));
            bike.put("ProductCategory", s("Bicycle"));
            items.add(bike);
        }
        return items;
    }

    private List<Map<String, AttributeValue>> forums() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (String forum : FORUMS) {
            items.add(Map.of("Name", s(forum), "Category", s("Amazon Web Services"),
                    "Threads", n(8), "Messages", n(40), "Views", n(100 + random.nextInt(1000))));
        }
        return items;
    }

    private List<Map<String, AttributeValue>> threads() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (String forum : FORUMS) {
            for (int t = 1; t <= 8; t++) {
                Map<String, AttributeValue> thread = new HashMap<>();
                thread.put("ForumName", s(forum));
                thread.put("Subject", s(forum + " Thread " + t));
                thread.put("Message", s(forum + " thread " + t + " message text"));
                thread.put("LastPostedBy", s(USERS[random.nextInt(USERS.length)].replace(" ", "") + "@example.com"));
                thread.put("LastPostedDateTime", s(epoch.plusHours(random.nextInt(2000)).format(ISO)));
                thread.put("Views", n(random.nextInt(500)));
                thread.put("Replies", n(5));
                thread.put("Answered", n(random.nextInt(2)));
                thread.put("Tags", AttributeValue.fromSs(List.of("index", "primarykey", forum.replace(" ", ""))));
                items.add(thread);
            }
        }
        return items;
    }

    private List<Map<String, AttributeValue>> replies(List<Map<String, AttributeValue>> threads) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (Map<String, AttributeValue> thread : threads) {
            String id = thread.get("ForumName").s() + "#" + thread.get("Subject").s();
            for (int r = 1; r <= 5; r++) {
                items.add(Map.of("Id", s(id),
                        "ReplyDateTime", s(epoch.plusDays(r * 3L).plusMinutes(random.nextInt(1440)).format(ISO)),
                        "Message", s(thread.get("Subject").s() + " Reply " + r + " text"),
                        "PostedBy", s(USERS[random.nextInt(USERS.length)])));
            }
        }
        return items;
    }

    /** BatchWriteItem in chunks of 25, re-sending what DynamoDB hands back unprocessed. */
    private int write(String table, List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += 25) {
            List<WriteRequest> chunk = items.subList(from, Math.min(from + 25, items.size())).stream()
                    .map(item -> WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, chunk);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> send = pending;
                pending = ddb.batchWriteItem(b -> b.requestItems(send)).unprocessedItems();
            }
        }
        return items.size();
    }

    private static ProvisionedThroughput throughput() {
        return ProvisionedThroughput.builder().readCapacityUnits(10L).writeCapacityUnits(5L).build();
    }

    private static AttributeDefinition key(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    private static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }

    private static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
