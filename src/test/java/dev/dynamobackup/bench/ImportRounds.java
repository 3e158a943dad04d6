package dev.dynamobackup.bench;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.snapshot.CancelSignal;
import dev.dynamobackup.service.snapshot.ImportOptions;
import dev.dynamobackup.service.snapshot.ImportResult;
import dev.dynamobackup.service.snapshot.SnapshotService;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The import comparison: rounds of one boto3 serial import ({@link Boto3Baseline}) and one
 * app import, alternating which goes first, each into a new table deleted afterwards, so that a swing
 * in the machine's load and the server warming up over the run hit both alike. Prints each round, the
 * app's breakdown (phases with the client's and the server's CPU, the SDK's time per call), and the
 * medians as figures; round 1 is the app's first import in this JVM (its write path not yet compiled).
 */
final class ImportRounds {
    private final SnapshotService snapshots;
    private final ConnectionTarget target;
    private final DynamoDbClient ddb;
    private final SdkTimings timings;
    private final Boto3Baseline boto3;

    ImportRounds(SnapshotService snapshots, ConnectionTarget target, DynamoDbClient ddb, SdkTimings timings,
                 Boto3Baseline boto3) {
        this.snapshots = snapshots;
        this.target = target;
        this.ddb = ddb;
        this.timings = timings;
        this.boto3 = boto3;
    }

    void run(Path snapshot, int rounds) throws Exception {
        Map<String, List<Double>> figures = new HashMap<>();
        for (int round = 1; round <= rounds; round++) {
            int writers = writers(round);
            Map<String, Double> app;
            Map<String, Double> boto;
            if (round % 2 == 1) {
                boto = boto3.restore("BenchBotoCopy" + round);
                app = app(snapshot, round, writers);
            } else {
                app = app(snapshot, round, writers);
                boto = boto3.restore("BenchBotoCopy" + round);
            }
            System.out.printf(Locale.ROOT, "import round %d (%s first, %d writers): app %.0f items/s, boto3 serial %.0f items/s: %.2fx%n",
                    round, round % 2 == 1 ? "boto3" : "app", writers, app.get("app_import"), boto.get("boto3_import"),
                    app.get("app_import") / boto.get("boto3_import"));
            if (round == 1) System.out.printf(Locale.ROOT, "figure app_import_first %.0f%n", app.get("app_import"));
            app.forEach((k, v) -> figures.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            boto.forEach((k, v) -> figures.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        figures.forEach((k, v) -> System.out.printf(Locale.ROOT, "figure %s %.0f%n", k, SnapshotBench.median(v)));
    }

    private Map<String, Double> app(Path snapshot, int round, int writers) throws Exception {
        String table = "BenchAppCopy" + round;
        timings.reset();
        PhaseClock phases = new PhaseClock();
        ImportResult imported = snapshots.importSnapshot(target, snapshot, table,
                ImportOptions.DEFAULTS.withReplaySettings(false).withWriters(writers), phases, new CancelSignal());
        ddb.deleteTable(b -> b.tableName(table));
        double write = imported.writeTime().toNanos() / 1e9;
        System.out.printf(Locale.ROOT, "app import: %d items written in %.2f s (%.0f items/s), whole import %.2f s, identical=%s%n",
                imported.itemsWritten(), write, imported.itemsPerSecond(), imported.elapsed().toNanos() / 1e9,
                imported.identical());
        if (!imported.identical()) throw new IllegalStateException("the import differs: " + imported.differences());
        System.out.println("  write phase: " + timings.describe(write));
        phases.lines().forEach(System.out::println);
        return Map.of("app_import", imported.itemsPerSecond(),
                "app_import_whole", imported.itemsWritten() / (imported.elapsed().toNanos() / 1e9));
    }

    /** -Dbench.writers=16 or, to compare, a list (8,4,16) cycled over the rounds. */
    private static int writers(int round) {
        String[] list = System.getProperty("bench.writers", Integer.toString(ImportOptions.DEFAULT_WRITERS)).split(",");
        return Integer.parseInt(list[(round - 1) % list.length].trim());
    }
}
