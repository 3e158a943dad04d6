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
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Lists and describes tables. Plain Java: the GUI and the CLI both call it, never on the FX thread. */
public final class InventoryService implements AutoCloseable {
    /**
     * Calls in flight at once, sized by latency, not cores: the threads wait on round trips. Listing ~40
     * regions takes one round trip per step when each step's calls (ListTables of every region, then
     * DescribeTable and DescribeContinuousBackups of every table) all go out together; the shared HTTP
     * pool has as many connections (see AwsClients).
     */
    static final int CONCURRENT_CALLS = 64;
    /** DescribeContinuousBackups allows 10 calls a second (per account and region). */
    private final Map<String, WindowLimiter> pitrLimiters = new java.util.concurrent.ConcurrentHashMap<>();
    private final AwsClients clients;
    private final ExecutorService pool;

    public InventoryService(AwsClients clients) {
        this.clients = clients;
        this.pool = daemonPool(CONCURRENT_CALLS, "inventory");
    }

    private static ExecutorService daemonPool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
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
     * Every table of a region with its description and PITR state: DescribeTable and
     * DescribeContinuousBackups of every table at once. Each table is handed to {@code onEach} as soon as
     * both answered, so a view can fill in as it goes.
     */
    public List<TableSummary> listTables(ConnectionTarget target, Consumer<TableSummary> onEach)
            throws InterruptedException {
        List<String> names = tableNames(target);
        List<CompletableFuture<TableSummary>> futures = new ArrayList<>();
        for (String name : names) {
            CompletableFuture<TableSummary> table = call(() -> TableMapper.toSummary(
                    clients.dynamoDb(target).describeTable(b -> b.tableName(name)).table()));
            CompletableFuture<PitrStatus> pitr = pitrLater(target, name);
            futures.add(table.thenCombine(pitr, (summary, status) -> {
                TableSummary full = summary.withPitr(status);
                onEach.accept(full);
                return full;
            }));
        }
        List<TableSummary> result = new ArrayList<>();
        try {
            for (CompletableFuture<TableSummary> f : futures) result.add(f.get());
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw rethrow(e.getCause() instanceof java.util.concurrent.CompletionException c ? c.getCause() : e.getCause());
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
        result.sort(Comparator.comparing(TableSummary::name));
        return result;
    }

    /** The PITR state from the pool, when the rate limit allows: no thread sleeps while it waits. */
    private CompletableFuture<PitrStatus> pitrLater(ConnectionTarget target, String tableName) {
        if (!clients.capabilities(target.connection()).pointInTimeRecovery()) {
            return CompletableFuture.completedFuture(PitrStatus.UNAVAILABLE);
        }
        long wait = pitrLimiter(target).reserve();
        Executor executor = wait <= 0 ? pool : CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, pool);
        return call(executor, () -> pitrStatus(target, tableName));
    }

    private <T> CompletableFuture<T> call(Callable<T> work) {
        return call(pool, work);
    }

    /** One call; a checked exception travels as the future's failure. */
    private static <T> CompletableFuture<T> call(Executor executor, Callable<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        executor.execute(() -> {
            if (future.isDone()) return; // cancelled before it started
            try {
                future.complete(work.call());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        });
        return future;
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
        // every region's ListTables at once; its table calls go to the shared pool
        ExecutorService regionPool = daemonPool(Math.max(1, Math.min(regions.size(), CONCURRENT_CALLS)), "inventory-region");
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
        pitrLimiter(target).acquire();
        return pitrStatus(target, tableName);
    }

    private WindowLimiter pitrLimiter(ConnectionTarget target) {
        return pitrLimiters.computeIfAbsent(target.region(), r -> new WindowLimiter(10, Duration.ofSeconds(1)));
    }

    private PitrStatus pitrStatus(ConnectionTarget target, String tableName) {
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
