package dev.dynamobackup.cli;

import dev.dynamobackup.service.RestoreValidator;
import dev.dynamobackup.service.snapshot.ExportOptions;
import dev.dynamobackup.service.snapshot.ExportResult;
import dev.dynamobackup.service.snapshot.SnapshotManifest;
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

/** {@code dbm snapshot export --table T --out PATH}: a parallel scan into a folder or .zip. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Scan a table into a snapshot: a folder, or one .zip when PATH ends in .zip.")
final class SnapshotExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin SnapshotJobOptions job;

    @Option(names = "--table", required = true, paramLabel = "TABLE", description = "The table to export.")
    String table;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "A new folder, or a new file ending in .zip.")
    Path out;

    @Option(names = "--segments", paramLabel = "N", description = "Parallel Scan segments (default: chosen from the table's size).")
    Integer segments;

    @Option(names = "--max-rcu", paramLabel = "N", description = "Read capacity units per second to stay under (default: no limit).")
    Double maxRcu;

    @Option(names = "--consistent", description = "Strongly consistent reads (twice the read units).")
    boolean consistent;

    @Override
    public Integer call() throws Exception {
        RestoreValidator.tableName(table).ifPresent(p -> {
            throw new ParameterException(spec.commandLine(), "--table: " + p);
        });
        if (segments != null && (segments < 1 || segments > ExportOptions.MAX_SEGMENTS)) {
            throw new ParameterException(spec.commandLine(), "--segments must be from 1 to " + ExportOptions.MAX_SEGMENTS);
        }
        if (Files.exists(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " already exists; an export never overwrites");
        }
        ExportOptions options = ExportOptions.DEFAULTS.withSegments(segments == null ? 0 : segments)
                .withMaxReadUnits(job.rate("--max-rcu", maxRcu)).withConsistent(consistent);
        ExportResult result = job.run((s, target, progress, cancel) -> s.snapshots().export(target, table, out, options, progress, cancel));
        print(spec.commandLine().getOut(), result);
        return 0;
    }

    private void print(PrintWriter out, ExportResult r) {
        SnapshotManifest m = r.manifest();
        if (job.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("path", r.path().toString());
            json.put("table", m.tableName());
            json.put("items", m.itemCount());
            json.put("bytes", m.byteCount());
            json.put("compressedBytes", m.compressedBytes());
            json.put("parts", m.parts().size());
            json.put("segments", m.segments());
            json.put("consistentRead", m.consistentRead());
            json.put("seconds", r.elapsed().toMillis() / 1000.0);
            json.put("itemsPerSecond", Math.round(r.itemsPerSecond()));
            json.put("snapshotId", m.snapshotId());
            OutputOptions.writeJson(out, json);
            return;
        }
        out.printf("Exported %,d items of %s to %s (%s in %d parts, %d segments) in %.1f s (%,.0f items/s).%n",
                m.itemCount(), m.tableName(), r.path(), ProgressBar.bytes(m.compressedBytes()), m.parts().size(), m.segments(),
                r.elapsed().toMillis() / 1000.0, r.itemsPerSecond());
        out.flush();
    }
}
