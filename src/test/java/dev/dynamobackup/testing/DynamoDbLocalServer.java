package dev.dynamobackup.testing;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import dev.dynamobackup.aws.NativeLibraries;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;

/**
 * Amazon's DynamoDB Local as an HTTP server on a free port, in memory, one database whatever the keys
 * sign with: a second real endpoint beside moto, and the one scripts/bench-snapshot.sh measures on.
 * Its Jetty is a test dependency only.
 */
public final class DynamoDbLocalServer implements AutoCloseable {
    private final DynamoDBProxyServer server;
    private final int port;

    private DynamoDbLocalServer(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static DynamoDbLocalServer start() throws Exception {
        return start(freePort());
    }

    public static DynamoDbLocalServer start(int port) throws Exception {
        if (NativeLibraries.configureSqlite() == null) throw new IllegalStateException("sqlite4java native library not found");
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                new String[]{"-inMemory", "-sharedDb", "-port", Integer.toString(port), "-disableTelemetry"});
        server.start();
        return new DynamoDbLocalServer(server, port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public URI endpoint() {
        return URI.create("http://localhost:" + port);
    }

    public ConnectionTarget target() {
        return new ConnectionTarget(Connection.endpoint(endpoint(), "us-east-1"), "us-east-1");
    }

    /** A plain SDK client for arranging test data. */
    public DynamoDbClient fixture() {
        return DynamoDbClient.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Runs a server until the process is killed (for the benchmark script): {@code main PORT}. */
    public static void main(String[] args) throws Exception {
        DynamoDbLocalServer s = start(Integer.parseInt(args[0]));
        System.out.println("DynamoDB Local listening on " + s.endpoint());
        s.server.join();
    }
}
