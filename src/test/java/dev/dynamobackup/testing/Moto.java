package dev.dynamobackup.testing;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.net.URI;
import java.nio.file.Path;

/** A test's handle on moto: its endpoint, a connection to it, app clients, and a fixture client to set up data. */
public final class Moto {
    private final MotoServer server;

    public Moto(MotoServer server) {
        this.server = server;
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** The app's view of moto: an endpoint connection signed for {@code region}. */
    public Connection connection() {
        return Connection.endpoint(server.endpoint(), "us-east-1");
    }

    public ConnectionTarget target(String region) {
        return new ConnectionTarget(connection(), region);
    }

    /** App clients against moto (no retries); {@code recorders} see every request the app sends. */
    public AwsClients clients(Path sandboxDir, ExecutionInterceptor... recorders) {
        return new AwsClients(ClientOptions.forTests(recorders), new EmbeddedSandbox(sandboxDir, c -> { }));
    }

    /** A plain SDK client for arranging test data (not the app's code path). */
    public DynamoDbClient fixture(String region) {
        return DynamoDbClient.builder().endpointOverride(server.endpoint()).region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    /** Creates an on-demand table with a string partition key (and sort key when given). */
    public void createTable(String region, String name, String partitionKey, String sortKey) {
        try (DynamoDbClient ddb = fixture(region)) {
            var request = software.amazon.awssdk.services.dynamodb.model.CreateTableRequest.builder()
                    .tableName(name).billingMode(BillingMode.PAY_PER_REQUEST);
            if (sortKey == null) {
                request.attributeDefinitions(attr(partitionKey)).keySchema(key(partitionKey, KeyType.HASH));
            } else {
                request.attributeDefinitions(attr(partitionKey), attr(sortKey))
                        .keySchema(key(partitionKey, KeyType.HASH), key(sortKey, KeyType.RANGE));
            }
            ddb.createTable(request.build());
        }
    }

    public static AttributeDefinition attr(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    public static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }
}
