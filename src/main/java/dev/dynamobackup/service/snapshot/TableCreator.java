package dev.dynamobackup.service.snapshot;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

import java.util.Optional;

/**
 * Creates the import's table and waits until it is ACTIVE (the SDK's waiter). CreateTable is not
 * idempotent, so it is sent once; when its reply is lost (network fault, timeout, internal error) the
 * table is looked up instead: a table of that name that is CREATING or ACTIVE with the snapshot's key
 * schema is the one just asked for.
 */
final class TableCreator {
    private TableCreator() {
    }

    static Optional<TableDescription> describe(DynamoDbClient ddb, String table) {
        try {
            return Optional.of(ddb.describeTable(b -> b.tableName(table)).table());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        }
    }

    /** {@code writes} is the client that never resends blindly; {@code reads} looks the table up after a lost reply. */
    static void create(DynamoDbClient writes, DynamoDbClient reads, CreateTableRequest request, SnapshotManifest manifest) {
        try {
            writes.createTable(request);
        } catch (SdkClientException | InternalServerErrorException lost) {
            Optional<TableDescription> t = describe(reads, request.tableName());
            boolean ours = t.isPresent() && TableBlueprint.sameKeys(t.get(), manifest)
                    && (t.get().tableStatus() == TableStatus.CREATING || t.get().tableStatus() == TableStatus.ACTIVE);
            if (!ours) throw lost;
        }
    }

    static TableDescription waitUntilActive(DynamoDbClient ddb, String table) {
        var outcome = ddb.waiter().waitUntilTableExists(b -> b.tableName(table)).matched();
        return outcome.response().map(r -> r.table()).orElseGet(() -> ddb.describeTable(b -> b.tableName(table)).table());
    }
}
