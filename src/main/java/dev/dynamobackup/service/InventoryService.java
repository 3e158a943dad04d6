package dev.dynamobackup.service;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.PitrStatus;
import dev.dynamobackup.model.TableSummary;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTagsOfResourceRequest;
import software.amazon.awssdk.services.dynamodb.model.PointInTimeRecoveryStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Lists and describes tables. Plain Java: the GUI and the CLI both call it, never on the FX thread. */
public final class InventoryService implements AutoCloseable {
    /** DescribeContinuousBackups allows 10 calls a second (per account and region). */
    private final Map<String, RateLimiter> pitrLimiters = new java.util.concurrent.ConcurrentHashMap<>();
    private final AwsClients clients;
    private final ExecutorService pool;

    public InventoryService(AwsClients clients) {
        this.clients = clients;
        this.pool = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "inventory");
            t.setDaemon(true);
            return t;
        });
    }

    /** Table names in a region, all pages (the SDK paginator follows LastEvaluatedTableName). */
    public List<String> tableNames(ConnectionTarget target) {
        DynamoDbClient ddb = clients.dynamoDb(target);
        List<String> names = new ArrayList<>();
        ddb.listTablesPaginator(ListTablesRequest.builder().limit(100).build()).tableNames().forEach(names::add);
        return names;
    }

    /**
     * Every table of a region with its description and PITR state, described eight at a time. Each
     * table is handed to {@code onEach} as soon as it is described, so a view can fill in as it goes.
     */
    public List<TableSummary> listTables(ConnectionTarget target, Consumer<TableSummary> onEach)
            throws InterruptedException {
        List<String> names = tableNames(target);
        List<Future<TableSummary>> futures = new ArrayList<>();
        for (String name : names) {
            futures.add(pool.submit(() -> {
                TableSummary summary = describe(target, name);
                onEach.accept(summary);
                return summary;
            }));
        }
        List<TableSummary> result = new ArrayList<>();
        try {
            for (Future<TableSummary> f : futures) result.add(f.get());
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
        result.sort(Comparator.comparing(TableSummary::name));
        return result;
    }

    /** DescribeTable plus the PITR state (where the endpoint has PITR). */
    public TableSummary describe(ConnectionTarget target, String tableName) throws InterruptedException {
        DynamoDbClient ddb = clients.dynamoDb(target);
        TableSummary summary = TableMapper.toSummary(ddb.describeTable(b -> b.tableName(tableName)).table());
        return summary.withPitr(pitr(target, tableName));
    }

    /** Like {@link #describe}, but empty when the table does not exist (any more). */
    public java.util.Optional<TableSummary> describeIfExists(ConnectionTarget target, String tableName)
            throws InterruptedException {
        try {
            return java.util.Optional.of(describe(target, tableName));
        } catch (software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    /** Everything the details pane shows: the description, PITR, TTL and tags. */
    public TableSummary details(ConnectionTarget target, String tableName) throws InterruptedException {
        DynamoDbClient ddb = clients.dynamoDb(target);
        TableSummary summary = describe(target, tableName);
        TimeToLiveDescription ttl = ddb.describeTimeToLive(b -> b.tableName(tableName)).timeToLiveDescription();
        Map<String, String> tags = new LinkedHashMap<>();
        // DynamoDB Local has no tagging: its tables show no tags rather than an error
        if (summary.arn() != null && clients.capabilities(target.connection()).tagging()) {
            String token = null;
            do {
                var page = ddb.listTagsOfResource(ListTagsOfResourceRequest.builder()
                        .resourceArn(summary.arn()).nextToken(token).build());
                for (Tag tag : page.tags()) tags.put(tag.key(), tag.value());
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
        }
        return summary.withDetails(ttl == null ? null : ttl.attributeName(),
                ttl == null ? null : ttl.timeToLiveStatusAsString(), tags);
    }

    /** Lists every region at once; a region that fails is reported, not fatal to the others. */
    public Map<String, RegionTables> listRegions(dev.dynamobackup.model.Connection connection, List<String> regions) {
        Map<String, CompletableFuture<RegionTables>> running = new LinkedHashMap<>();
        ExecutorService regionPool = Executors.newFixedThreadPool(Math.min(regions.size(), 8));
        try {
            for (String region : regions) {
                ConnectionTarget target = new ConnectionTarget(connection, region);
                running.put(region, CompletableFuture.supplyAsync(() -> {
                    try {
                        return RegionTables.ok(region, listTables(target, t -> { }));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return RegionTables.failed(region, e);
                    } catch (RuntimeException e) {
                        return RegionTables.failed(region, e);
                    }
                }, regionPool));
            }
            Map<String, RegionTables> result = new LinkedHashMap<>();
            running.forEach((region, f) -> result.put(region, f.join()));
            return result;
        } finally {
            regionPool.shutdownNow();
        }
    }

    private PitrStatus pitr(ConnectionTarget target, String tableName) throws InterruptedException {
        if (!clients.capabilities(target.connection()).pointInTimeRecovery()) return PitrStatus.UNAVAILABLE;
        pitrLimiters.computeIfAbsent(target.region(), r -> new RateLimiter(10)).acquire();
        try {
            ContinuousBackupsDescription d = clients.dynamoDb(target)
                    .describeContinuousBackups(b -> b.tableName(tableName)).continuousBackupsDescription();
            boolean on = d.pointInTimeRecoveryDescription() != null
                    && d.pointInTimeRecoveryDescription().pointInTimeRecoveryStatus() == PointInTimeRecoveryStatus.ENABLED;
            return on ? PitrStatus.ENABLED : PitrStatus.DISABLED;
        } catch (AwsServiceException e) {
            // an endpoint without the operation, or no permission for it: the list still shows the table
            if (e.statusCode() >= 500 || "UnknownOperationException".equals(code(e))) return PitrStatus.UNAVAILABLE;
            if (e.statusCode() == 400 && code(e) != null && code(e).contains("AccessDenied")) return PitrStatus.UNKNOWN;
            throw e;
        }
    }

    private static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) return r;
        if (cause instanceof Error err) throw err;
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
