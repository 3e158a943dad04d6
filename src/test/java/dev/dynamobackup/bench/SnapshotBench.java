package dev.dynamobackup.bench;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.InventoryService;
import dev.dynamobackup.service.PitrService;
import dev.dynamobackup.service.SettingsReplayService;
import dev.dynamobackup.service.snapshot.CancelSignal;
import dev.dynamobackup.service.snapshot.ExportOptions;
import dev.dynamobackup.service.snapshot.ExportResult;
import dev.dynamobackup.service.snapshot.ImportOptions;
import dev.dynamobackup.service.snapshot.ImportResult;
import dev.dynamobackup.service.snapshot.SegmentPlan;
import dev.dynamobackup.service.snapshot.SnapshotProgress;
import dev.dynamobackup.service.snapshot.SnapshotService;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Java side of scripts/bench-snapshot.sh against a DynamoDB Local server:
 * {@code seed ENDPOINT N} fills table "Bench" with N small items; {@code measure ENDPOINT DIR} times
 * a raw parallel Scan that writes nothing, the app's export and the app's import, and prints
 * {@code figure NAME VALUE} lines the script turns into ratios.
 */
public final class SnapshotBench {
    private static final String TABLE = "Bench";

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[1]);
        switch (args[0]) {
            case "seed" -> seed(endpoint, Integer.parseInt(args[2]));
            case "measure" -> measure(endpoint, Path.of(args[2]));
            case "ceiling" -> {
                try (DynamoDbClient ddb = client(endpoint)) {
                    new ImportCeiling(endpoint, ddb).run(java.util.Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray());
                }
            }
            default -> throw new IllegalArgumentException("seed|measure|ceiling");
        }
    }

    private static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClient(ApacheHttpClient.builder().maxConnections(64).build())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
    }

    /** Small items (id, a number, a short string: about 60 bytes each), written 8 batches at a time. */
    private static void seed(URI endpoint, int items) throws Exception {
        try (DynamoDbClient ddb = client(endpoint)) {
            ddb.createTable(b -> b.tableName(TABLE).billingMode(BillingMode.PAY_PER_REQUEST)
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("id").attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
            ddb.waiter().waitUntilTableExists(b -> b.tableName(TABLE));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> futures = new ArrayList<>();
            for (int start = 0; start < items; start += 25) {
                int from = start;
                futures.add(pool.submit(() -> {
                    List<WriteRequest> batch = new ArrayList<>();
                    for (int i = from; i < Math.min(items, from + 25); i++) {
                        batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(BenchItems.item(i)).build()).build());
                    }
                    Map<String, List<WriteRequest>> pending = Map.of(TABLE, batch);
                    while (!pending.isEmpty()) {
                        Map<String, List<WriteRequest>> send = pending;
                        pending = ddb.batchWriteItem(b -> b.requestItems(send)).unprocessedItems();
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
            pool.shutdown();
        }
        System.out.println("seeded " + items + " items");
    }

    private static void measure(URI endpoint, Path dir) throws Exception {
        ConnectionTarget target = new ConnectionTarget(Connection.endpoint(endpoint, "us-east-1"), "us-east-1");
        SdkTimings timings = new SdkTimings();
        try (DynamoDbClient ddb = client(endpoint);
             AwsClients clients = new AwsClients(ClientOptions.forApp().withInterceptors(timings),
                     new EmbeddedSandbox(dir.resolve("sandbox"), c -> { }))) {
            long size = ddb.describeTable(b -> b.tableName(TABLE)).table().tableSizeBytes();
            int segments = SegmentPlan.segmentsFor(size);
            InventoryService inventory = new InventoryService(clients);
            SnapshotService snapshots = new SnapshotService(clients,
                    new SettingsReplayService(clients, inventory, new PitrService(clients)), dir.resolve("data"));
            // round 1 warms the JIT and the connection pools; the medians of rounds 2 to 4 are reported
            // (raw scan, export and the boto3 export alternate, so a change in the machine's load hits all alike)
            Boto3Baseline boto3 = new Boto3Baseline(endpoint, TABLE, dir.resolve("boto3-export.jsonl"));
            List<Double> raws = new ArrayList<>();
            List<Double> exports = new ArrayList<>();
            List<Double> boto3Exports = new ArrayList<>();
            Path out = null;
            for (int round = 1; round <= Integer.getInteger("bench.exportRounds", 4); round++) {
                double raw = rawScan(ddb, segments);
                if (out != null) deleteTree(out);
                out = dir.resolve("app-export-" + round);
                ExportResult r = snapshots.export(target, TABLE, out, ExportOptions.DEFAULTS, SnapshotProgress.Listener.NONE,
                        new CancelSignal());
                double botoExport = boto3.export().get("boto3_export");
                System.out.printf(Locale.ROOT, "round %d: raw parallel scan %.0f items/s, app export %.0f items/s (%d items, %d segments), "
                                + "boto3 export %.0f items/s%n",
                        round, raw, r.itemsPerSecond(), r.manifest().itemCount(), r.manifest().segments(), botoExport);
                if (round > 1 || Integer.getInteger("bench.exportRounds", 4) == 1) {
                    raws.add(raw);
                    exports.add(r.itemsPerSecond());
                    boto3Exports.add(botoExport);
                }
            }
            System.out.printf(Locale.ROOT, "figure segments %d%n", segments);
            System.out.printf(Locale.ROOT, "figure raw_scan %.0f%n", median(raws));
            System.out.printf(Locale.ROOT, "figure app_export %.0f%n", median(exports));
            System.out.printf(Locale.ROOT, "figure boto3_export_rounds %.0f%n", median(boto3Exports));
            new ImportRounds(snapshots, target, ddb, timings, boto3)
                    .run(out, Integer.getInteger("bench.importRounds", 3));
            System.out.println("client CPU per item of reading the snapshot, on one thread:");
            ParseCost.measure(out).forEach(System.out::println);
            inventory.close();
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** The plain SDK: the same segments on the same number of threads, pages dropped as they come. */
    private static double rawScan(DynamoDbClient ddb, int segments) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(segments, 16));
        AtomicLong items = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int s = 0; s < segments; s++) {
            int segment = s;
            futures.add(pool.submit(() -> {
                for (ScanResponse page : ddb.scanPaginator(ScanRequest.builder().tableName(TABLE).segment(segment)
                        .totalSegments(segments).build())) {
                    items.addAndGet(page.count());
                }
            }));
        }
        for (Future<?> f : futures) f.get();
        pool.shutdown();
        return items.get() / ((System.nanoTime() - start) / 1e9);
    }
}
