package dev.dynamobackup.cli;

import dev.dynamobackup.service.RestoreValidator;
import dev.dynamobackup.service.snapshot.ImportOptions;
import dev.dynamobackup.service.snapshot.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dbm snapshot import --in PATH --target T}: a new table from a snapshot; run again to resume. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Restore a snapshot into a new table (checked first; nothing is written from a damaged snapshot).",
                "An interrupted import run again with the same arguments resumes after its completed parts."})
final class SnapshotImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin SnapshotJobOptions job;

    @Option(names = "--in", required = true, paramLabel = "PATH", description = "The snapshot folder or .zip.")
    Path in;

    @Option(names = "--target", required = true, paramLabel = "TABLE", description = "The name of the new table.")
    String target;

    @Option(names = "--max-wcu", paramLabel = "N", description = "Write capacity units per second to stay under (default: no limit).")
    Double maxWcu;

    @Option(names = "--billing", paramLabel = "MODE", description = "PAY_PER_REQUEST or PROVISIONED (default: the snapshot's).")
    String billing;

    @Option(names = "--read", paramLabel = "N", description = "Read units of a PROVISIONED table.")
    Long read;

    @Option(names = "--write", paramLabel = "N", description = "Write units of a PROVISIONED table.")
    Long write;

    @Option(names = "--no-replay-settings",
            description = "Do not re-apply the snapshot's TTL, tags, stream, PITR and deletion protection.")
    boolean noReplaySettings;

    @Override
    public Integer call() throws Exception {
        RestoreValidator.tableName(target).ifPresent(p -> {
            throw new ParameterException(spec.commandLine(), "--target: " + p);
        });
        if (!Files.exists(in)) throw new ParameterException(spec.commandLine(), "--in " + in + " does not exist");
        if ((read != null || write != null) && !"PROVISIONED".equals(billing)) {
            throw new ParameterException(spec.commandLine(), "--read and --write go with --billing PROVISIONED");
        }
        ImportOptions options = ImportOptions.DEFAULTS.withBilling(billing, read == null ? 0 : read, write == null ? 0 : write)
                .withMaxWriteUnits(job.rate("--max-wcu", maxWcu)).withReplaySettings(!noReplaySettings);
        String problem = options.problem();
        if (problem != null) throw new ParameterException(spec.commandLine(), problem);
        ImportResult result = job.run((s, t, progress, cancel) -> s.snapshots().importSnapshot(t, in, target, options, progress, cancel));
        print(spec.commandLine().getOut(), result);
        return result.identical() && result.replay().stream().noneMatch(st -> st.failed()) ? 0 : 1;
    }

    private void print(PrintWriter out, ImportResult r) {
        if (job.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("table", r.tableName());
            json.put("arn", r.tableArn());
            json.put("resumed", r.resumed());
            json.put("partsSkipped", r.partsSkipped());
            json.put("itemsWritten", r.itemsWritten());
            json.put("tableItems", r.tableItems());
            json.put("identical", r.identical());
            json.put("differences", r.differences());
            json.put("replay", r.replay().stream().map(st -> Map.of("item", st.item().name(), "outcome", st.outcome().name(),
                    "detail", st.text())).toList());
            json.put("writeSeconds", r.writeTime().toMillis() / 1000.0);
            json.put("seconds", r.elapsed().toMillis() / 1000.0);
            json.put("itemsPerSecond", Math.round(r.itemsPerSecond()));
            OutputOptions.writeJson(out, json);
            return;
        }
        out.printf("Imported %,d items into %s in %.1f s (%,.0f items/s)%s.%n", r.itemsWritten(), r.tableName(),
                r.writeTime().toMillis() / 1000.0, r.itemsPerSecond(),
                r.resumed() ? ", resumed after " + r.partsSkipped() + " completed parts" : "");
        if (r.identical()) out.printf("Checked: the table holds %,d items, identical to the snapshot.%n", r.tableItems());
        else r.differences().forEach(d -> out.println("DIFFERENCE: " + d));
        r.replay().forEach(st -> out.println("  " + st.item() + ": " + st.outcome() + " - " + st.text()));
        out.flush();
    }
}
