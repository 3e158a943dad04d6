package dev.dynamobackup.aws;

import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionKind;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.EndpointCapabilities;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One SDK client per (connection, region) and service, built on first use and cached; all share one
 * HTTP connection pool. Explicit region, call and attempt timeouts. Two DynamoDB clients per target: reads
 * with the SDK's adaptive retry, and non-idempotent writes ({@link WriteOperations}) that are resent only
 * when the service refused them ({@link WriteRetryPolicy}); the same pair for AWS Backup. Closed on exit.
 */
public final class AwsClients implements AutoCloseable {
    private final ClientOptions options;
    private final EmbeddedSandbox sandbox;
    /** Built on the first client: nothing of the HTTP stack loads before the window's first frame. */
    private SdkHttpClient http;
    private final Map<ConnectionTarget, DynamoDbClient> dynamo = new ConcurrentHashMap<>();
    private final Map<ConnectionTarget, DynamoDbClient> dynamoWrites = new ConcurrentHashMap<>();
    private final Map<ConnectionTarget, BackupClient> backup = new ConcurrentHashMap<>();
    /** One provider per connection, shared by its regions: the default chain is probed once, not per region. */
    private final Map<Connection, AwsCredentialsProvider> credentials = new ConcurrentHashMap<>();
    private final Map<ConnectionTarget, BackupClient> backupWrites = new ConcurrentHashMap<>();

    public AwsClients(ClientOptions options, EmbeddedSandbox sandbox) {
        this.options = options;
        this.sandbox = sandbox;
    }

    private synchronized SdkHttpClient http() {
        if (http == null) {
            http = ApacheHttpClient.builder()
                    .maxConnections(64)
                    .connectionTimeout(Duration.ofSeconds(5))
                    .socketTimeout(options.apiCallAttemptTimeout())
                    .build();
        }
        return http;
    }

    public DynamoDbClient dynamoDb(ConnectionTarget target) {
        if (target.connection().kind() == ConnectionKind.SANDBOX) return sandbox.client();
        return dynamo.computeIfAbsent(target, t -> CallTrace.span("client-build DynamoDb",
                () -> configure(DynamoDbClient.builder(), t, readRetry(), ReadClientGuard.dynamoDb()).build()));
    }

    /**
     * The client for {@link WriteOperations}: never resends after a timeout, a lost reply or a 5xx (the
     * caller reconciles instead). The sandbox is in-process, so it has no network failures to retry.
     */
    public DynamoDbClient dynamoDbWrites(ConnectionTarget target) {
        if (target.connection().kind() == ConnectionKind.SANDBOX) return sandbox.client();
        return dynamoWrites.computeIfAbsent(target, t -> configure(DynamoDbClient.builder(), t,
                writeRetry(), null).build());
    }

    /**
     * AWS Backup client for reads and for the writes with an idempotency token (resent with the same
     * token); the sandbox has none (see {@link #capabilities}).
     */
    public BackupClient backup(ConnectionTarget target) {
        requireBackup(target);
        return backup.computeIfAbsent(target, t -> configure(BackupClient.builder(), t, readRetry(), ReadClientGuard.backup()).build());
    }

    /** The AWS Backup client for {@link WriteOperations#BACKUP_NOT_IDEMPOTENT}: resends refusals only. */
    public BackupClient backupWrites(ConnectionTarget target) {
        requireBackup(target);
        return backupWrites.computeIfAbsent(target, t -> configure(BackupClient.builder(), t, writeRetry(), null).build());
    }

    private static void requireBackup(ConnectionTarget target) {
        if (target.connection().kind() == ConnectionKind.SANDBOX) {
            throw new UnsupportedByEndpointException(EndpointCapabilities.DYNAMODB_LOCAL.reason());
        }
    }

    public EndpointCapabilities capabilities(Connection connection) {
        return EndpointCapabilities.of(connection);
    }

    public EmbeddedSandbox sandbox() {
        return sandbox;
    }

    public ClientOptions options() {
        return options;
    }

    private <B extends AwsClientBuilder<B, ?> & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, ?>>
    B configure(B builder, ConnectionTarget target, RetryStrategy retry, ReadClientGuard guard) {
        Connection connection = target.connection();
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .apiCallTimeout(options.apiCallTimeout())
                .apiCallAttemptTimeout(options.apiCallAttemptTimeout())
                .retryStrategy(retry)
                .addExecutionInterceptor(new OperationTagInterceptor());
        if (guard != null) override.addExecutionInterceptor(guard);
        options.interceptors().forEach(override::addExecutionInterceptor);
        if (CallTrace.ENABLED) override.addExecutionInterceptor(CallTrace.interceptor());
        builder.region(Region.of(target.region()))
                .credentialsProvider(credentials.computeIfAbsent(connection, CredentialsProviders::forConnection))
                .overrideConfiguration(override.build())
                .httpClient(http());
        if (connection.kind() == ConnectionKind.ENDPOINT) builder.endpointOverride(connection.endpoint());
        return builder;
    }

    private RetryStrategy writeRetry() {
        return options.retries() ? WriteRetryPolicy.strategy() : AwsRetryStrategy.doNotRetry();
    }

    private RetryStrategy readRetry() {
        return options.retries() ? AwsRetryStrategy.adaptiveRetryStrategy() : AwsRetryStrategy.doNotRetry();
    }

    /** Closes and forgets the clients of one connection (e.g. after its profile file changed). */
    public void forget(Connection connection) {
        dynamo.entrySet().removeIf(e -> closeIf(e.getKey(), e.getValue(), connection));
        dynamoWrites.entrySet().removeIf(e -> closeIf(e.getKey(), e.getValue(), connection));
        backup.entrySet().removeIf(e -> closeIf(e.getKey(), e.getValue(), connection));
        AwsCredentialsProvider provider = credentials.remove(connection);
        if (provider instanceof SdkAutoCloseable closeable) closeable.close();
        backupWrites.entrySet().removeIf(e -> closeIf(e.getKey(), e.getValue(), connection));
    }

    private static boolean closeIf(ConnectionTarget key, SdkClient client, Connection connection) {
        if (!key.connection().equals(connection)) return false;
        client.close();
        return true;
    }

    @Override
    public void close() {
        dynamo.values().forEach(SdkClient::close);
        dynamoWrites.values().forEach(SdkClient::close);
        backup.values().forEach(SdkClient::close);
        backupWrites.values().forEach(SdkClient::close);
        dynamo.clear();
        dynamoWrites.clear();
        backup.clear();
        credentials.values().forEach(p -> {
            if (p instanceof SdkAutoCloseable closeable) closeable.close();
        });
        credentials.clear();
        backupWrites.clear();
        synchronized (this) {
            if (http != null) http.close();
        }
        sandbox.close();
    }
}
