package dev.dynamobackup.bench;

import dev.dynamobackup.service.RegionService;
import dev.dynamobackup.testing.LatencyProxy;
import dev.dynamobackup.testing.MotoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The setup in one run: 17 regions with 3 tables each on moto behind a 50 ms latency proxy, then
 * {@code dbm tables --all-regions} as a real CLI process (JVM start included) against the AWS CLI looping
 * over the regions (list-tables, then describe-table per table) and one python3/boto3 process listing and
 * describing serially. Runs the three alternately, prints every run, the medians, the ratios and, from one
 * more {@code -Ddbm.trace=true} run, where dbm's time goes. Run by scripts/bench-regions.sh, which passes:
 * bench.classpath (the CLI's runtime class path), bench.java, bench.work (a scratch folder), bench.runs.
 */
public final class RegionListingBenchmark {
    private static final int REGIONS = 17;
    private static final int TABLES_PER_REGION = 3;
    private static final Duration ROUND_TRIP = Duration.ofMillis(50);

    public static void main(String[] args) throws Exception {
        String classpath = required("bench.classpath");
        String java = System.getProperty("bench.java", "java");
        Path work = Path.of(required("bench.work"));
        int runs = Integer.getInteger("bench.runs", 3);

        MotoServer moto = MotoServer.get();
        List<String> regions = new RegionService().dynamoDbRegions().subList(0, REGIONS);
        seed(moto, regions);
        try (LatencyProxy proxy = LatencyProxy.start(moto.endpoint(), ROUND_TRIP)) {
            String endpoint = proxy.endpoint().toString();
            Path archive = work.resolve("dbm-cli.jsa");
            List<String> dbmBase = List.of(java, "-XX:TieredStopAtLevel=1", "-Dsqlite4java.library.path=target/app",
                    "-Ddbm.logDir=" + work.resolve("logs"), "-cp", classpath, "dev.dynamobackup.cli.Cli",
                    "tables", "--all-regions", "--endpoint", endpoint);
            // AppCDS for the java -cp runs, as the app-image has for its launchers: one training run writes the archive
            run("cds training", with(dbmBase, "-XX:ArchiveClassesAtExit=" + archive), work);

            Map<String, List<String>> commands = new LinkedHashMap<>();
            commands.put("dbm", with(dbmBase, "-XX:SharedArchiveFile=" + archive));
            commands.put("dbm-nocds", dbmBase);
            // the app-image's own launcher (jlinked runtime, the AppCDS archive packaging/cds.sh made), when built
            String image = System.getProperty("bench.image", "");
            if (!image.isBlank() && Files.isExecutable(Path.of(image))) {
                commands.put("dbm-image", List.of(image, "tables", "--all-regions", "--endpoint", endpoint));
            }
            commands.put("aws-cli-loop", List.of("bash", "-c", awsCliLoop(regions, endpoint)));
            commands.put("boto3-serial", List.of("python3", "-c", boto3Serial(regions, endpoint)));

            // -Dbench.tools=dbm,dbm-nocds: only those (quicker while working on dbm)
            String tools = System.getProperty("bench.tools", "");
            if (!tools.isBlank()) commands.keySet().retainAll(List.of(tools.split(",")));
            Map<String, List<Long>> times = new LinkedHashMap<>();
            System.out.printf("%d regions x %d tables on moto behind a %d ms round-trip proxy; dbm asks all %d DynamoDB regions, "
                            + "the loops only the %d with tables; %d runs each, alternating; %d CPUs, load %s%n",
                    REGIONS, TABLES_PER_REGION, ROUND_TRIP.toMillis(), new RegionService().dynamoDbRegions().size(),
                    REGIONS, runs, Runtime.getRuntime().availableProcessors(), loadAverage());
            for (int i = 1; i <= runs; i++) {
                for (var e : commands.entrySet()) {
                    proxy.resetCount();
                    Result r = run(e.getKey(), e.getValue(), work);
                    check(e.getKey(), r.out);
                    times.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(r.millis);
                    System.out.printf("run %d %-13s %6d ms  %3d connections%n", i, e.getKey(), r.millis, proxy.connections());
                }
            }
            System.out.println();
            times.forEach((k, v) -> System.out.printf("median %-13s %6d ms%n", k, median(v)));
            ratio(times, "aws-cli-loop", "(target >= 5x, aim 10x)");
            ratio(times, "boto3-serial", "(target >= 2x, aim 4x)");
            ratio(times, "dbm-nocds", "(AppCDS)");
            ratio(times, "dbm-image", "(the app-image's dbm launcher)");

            proxy.resetCount();
            List<String> traceCommand = with(commands.get("dbm"), "-Ddbm.trace=true");
            traceCommand.add(1, "-Ddbm.trace.startMillis=" + TRACE_START);
            Result traced = run("dbm traced", traceCommand, work);
            System.out.printf("%nbreakdown of one dbm run with -Ddbm.trace=true (%d ms, %d connections; ms since process start):%n",
                    traced.millis, proxy.connections());
            traced.err.lines().filter(l -> l.startsWith("trace:")).forEach(System.out::println);
        }
        System.exit(0);
    }

    private static void ratio(Map<String, List<Long>> times, String other, String note) {
        if (times.containsKey("dbm") && times.containsKey(other)) {
            System.out.printf("ratio %-12s / dbm: %5.2fx  %s%n", other, median(times.get(other)) / (double) median(times.get("dbm")), note);
        }
    }

    private static void seed(MotoServer moto, List<String> regions) {
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
    }

    /** The maintainers' loop: one aws process per call. */
    private static String awsCliLoop(List<String> regions, String endpoint) {
        return "set -e; for r in " + String.join(" ", regions) + "; do\n"
                + "  for t in $(aws dynamodb list-tables --region $r --endpoint-url " + endpoint + " --query TableNames --output text); do\n"
                + "    aws dynamodb describe-table --region $r --endpoint-url " + endpoint + " --table-name $t --query Table.TableName --output text\n"
                + "  done\n"
                + "done\n";
    }

    private static String boto3Serial(List<String> regions, String endpoint) {
        return "import boto3, json\n"
                + "for r in " + regions.stream().map(r -> "'" + r + "'").toList() + ":\n"
                + "    c = boto3.client('dynamodb', region_name=r, endpoint_url='" + endpoint + "')\n"
                + "    for page in c.get_paginator('list_tables').paginate():\n"
                + "        for t in page['TableNames']:\n"
                + "            print(json.dumps(c.describe_table(TableName=t)['Table'], default=str))\n";
    }

    /** Each tool must really have described every table. */
    private static void check(String name, String out) {
        long described = out.lines().filter(l -> l.contains("bench-")).count();
        if (described != (long) REGIONS * TABLES_PER_REGION) {
            throw new IllegalStateException(name + " printed " + described + " tables, not " + REGIONS * TABLES_PER_REGION + ":\n" + out);
        }
    }

    private record Result(long millis, String out, String err) {
    }

    /** Stands for the launch time in a command line; replaced by the epoch ms just before the process starts. */
    private static final String TRACE_START = "@start";

    private static Result run(String name, List<String> command, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(Map.of("AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_DEFAULT_REGION", "us-east-1", "AWS_EC2_METADATA_DISABLED", "true", "AWS_PAGER", "",
                // dbm's logs and settings stay in the scratch folder
                "XDG_CONFIG_HOME", work.resolve("config").toString(), "XDG_DATA_HOME", work.resolve("data").toString(),
                "XDG_CACHE_HOME", work.resolve("cache").toString()));
        pb.command().replaceAll(arg -> arg.replace(TRACE_START, Long.toString(System.currentTimeMillis())));
        long start = System.nanoTime();
        int code = pb.start().waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        if (code != 0) throw new IllegalStateException(name + " exited with " + code + ":\n" + stderr + stdout);
        return new Result(millis, stdout, stderr);
    }

    private static List<String> with(List<String> command, String jvmOption) {
        List<String> c = new ArrayList<>(command);
        c.add(1, jvmOption);
        return c;
    }

    private static String required(String property) {
        String v = System.getProperty(property);
        if (v == null) throw new IllegalArgumentException("-D" + property + " is missing (run scripts/bench-regions.sh)");
        return v;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
