package dev.dynamobackup.bench;

import dev.dynamobackup.aws.AwsClients;
import dev.dynamobackup.aws.ClientOptions;
import dev.dynamobackup.aws.EmbeddedSandbox;
import dev.dynamobackup.model.Connection;
import dev.dynamobackup.service.InventoryService;
import dev.dynamobackup.service.RegionService;
import dev.dynamobackup.service.RegionTables;
import dev.dynamobackup.testing.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints the time to list the tables of 17 regions at once (ListTables, DescribeTable and
 * DescribeContinuousBackups per table, as the CLI's --all-regions does) against moto, next to the same
 * work done one region after another. Run by scripts/bench-regions.sh.
 */
public final class RegionListingBenchmark {
    private static final int REGIONS = 17;
    private static final int TABLES_PER_REGION = 5;
    private static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        MotoServer moto = MotoServer.get();
        List<String> regions = new RegionService().dynamoDbRegions().subList(0, REGIONS);
        for (String region : regions) {
            try (DynamoDbClient ddb = DynamoDbClient.builder().endpointOverride(moto.endpoint()).region(Region.of(region))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build()) {
                for (int i = 0; i < TABLES_PER_REGION; i++) {
                    String name = "bench-" + region + "-" + i;
                    ddb.createTable(b -> b.tableName(name).billingMode(BillingMode.PAY_PER_REQUEST)
                            .attributeDefinitions(a -> a.attributeName("pk").attributeType("S"))
                            .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
                }
            }
        }
        Connection connection = Connection.endpoint(moto.endpoint(), "us-east-1");
        try (AwsClients clients = new AwsClients(ClientOptions.forTests(),
                new EmbeddedSandbox(Files.createTempDirectory("bench-sandbox"), c -> { }));
             InventoryService inventory = new InventoryService(clients)) {
            inventory.listRegions(connection, regions); // warm-up: class loading, connections
            List<Long> parallel = new ArrayList<>();
            List<Long> sequential = new ArrayList<>();
            int tables = 0;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                Map<String, RegionTables> all = inventory.listRegions(connection, regions);
                parallel.add((System.nanoTime() - start) / 1_000_000);
                tables = all.values().stream().mapToInt(r -> r.tables().size()).sum();
                if (all.values().stream().anyMatch(r -> !r.succeeded())) throw new IllegalStateException("a region failed");

                start = System.nanoTime();
                for (String region : regions) inventory.listRegions(connection, List.of(region));
                sequential.add((System.nanoTime() - start) / 1_000_000);
            }
            System.out.printf("regions=%d tables=%d runs=%d%n", REGIONS, tables, RUNS);
            System.out.printf("list-17-regions-parallel-ms median=%d all=%s%n", median(parallel), parallel);
            System.out.printf("list-17-regions-sequential-ms median=%d all=%s%n", median(sequential), sequential);
        }
        System.exit(0);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
