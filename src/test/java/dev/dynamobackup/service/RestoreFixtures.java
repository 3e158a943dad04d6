package dev.dynamobackup.service;

import dev.dynamobackup.testing.Moto;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

import java.util.Map;

/** A source table with two GSIs, one LSI and a few items, and a backup of it. */
final class RestoreFixtures {
    private RestoreFixtures() {
    }

    /** Creates "Thread" (ForumName/Subject, GSIs ByPoster and ByDate, LSI ByViews) with {@code items} items. */
    static void createThread(Moto moto, int items) {
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            ddb.createTable(b -> b.tableName("Thread").billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(Moto.attr("ForumName"), Moto.attr("Subject"), Moto.attr("LastPostedBy"),
                            Moto.attr("LastPostedDate"), Moto.attr("Views"))
                    .keySchema(Moto.key("ForumName", KeyType.HASH), Moto.key("Subject", KeyType.RANGE))
                    .globalSecondaryIndexes(
                            g -> g.indexName("ByPoster").keySchema(Moto.key("LastPostedBy", KeyType.HASH))
                                    .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY)),
                            g -> g.indexName("ByDate").keySchema(Moto.key("LastPostedDate", KeyType.HASH))
                                    .projection(p -> p.projectionType(ProjectionType.ALL)))
                    .localSecondaryIndexes(l -> l.indexName("ByViews")
                            .keySchema(Moto.key("ForumName", KeyType.HASH), Moto.key("Views", KeyType.RANGE))
                            .projection(p -> p.projectionType(ProjectionType.ALL))));
            for (int i = 0; i < items; i++) {
                ddb.putItem(b -> b.tableName("Thread").item(Map.of(
                        "ForumName", AttributeValue.fromS("S3"),
                        "Subject", AttributeValue.fromS("subject " + Math.random()),
                        "LastPostedBy", AttributeValue.fromS("user@example.com"))));
            }
        }
    }

    static String backup(Moto moto, String table, String name) {
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            return ddb.createBackup(b -> b.tableName(table).backupName(name)).backupDetails().backupArn();
        }
    }

    static int count(Moto moto, String table) {
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            return ddb.scan(b -> b.tableName(table)).count();
        }
    }

    static void enablePitr(Moto moto, String table) {
        try (DynamoDbClient ddb = moto.fixture("us-east-1")) {
            ddb.updateContinuousBackups(b -> b.tableName(table)
                    .pointInTimeRecoverySpecification(s -> s.pointInTimeRecoveryEnabled(true)));
        }
    }
}
