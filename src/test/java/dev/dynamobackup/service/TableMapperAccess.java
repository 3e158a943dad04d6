package dev.dynamobackup.service;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Instant;

/** Lets tests in other packages see a table's creation time as the app maps it. */
public final class TableMapperAccess {
    private TableMapperAccess() {
    }

    public static Instant created(DynamoDbClient ddb, String table) {
        return TableMapper.toSummary(ddb.describeTable(b -> b.tableName(table)).table()).creationTime();
    }
}
