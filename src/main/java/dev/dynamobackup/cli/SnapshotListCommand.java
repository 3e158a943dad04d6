package dev.dynamobackup.cli;

import dev.dynamobackup.service.snapshot.SnapshotService;
import dev.dynamobackup.service.snapshot.SnapshotSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dbm snapshot list [--dir D]}: the snapshots in a folder (default: the app's snapshot folder), newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the snapshots in a folder (default: the app's).")
final class SnapshotListCommand implements Callable<Integer> {
    static final List<String> HEADER = List.of("TABLE", "ITEMS", "SIZE", "CREATED", "SOURCE", "PATH");
    @Spec CommandSpec spec;
    @Mixin OutputOptions output;

    @Option(names = "--dir", paramLabel = "DIR", description = "The folder to list.")
    Path dir;

    @Override
    public Integer call() throws Exception {
        SnapshotService snapshots = CliRuntime.snapshotFiles();
        Path folder = dir != null ? dir : snapshots.defaultFolder();
        if (dir != null && !Files.isDirectory(dir)) throw new ParameterException(spec.commandLine(), "--dir " + dir + " is not a folder");
        List<SnapshotSummary> found = snapshots.list(folder);
        if (output.json()) {
            List<Map<String, Object>> json = new ArrayList<>();
            for (SnapshotSummary s : found) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", s.path().toString());
                m.put("table", s.tableName());
                m.put("items", s.itemCount());
                m.put("bytes", s.byteCount());
                m.put("compressedBytes", s.compressedBytes());
                m.put("created", s.created() == null ? null : s.created().toString());
                m.put("source", s.sourceEndpoint());
                m.put("region", s.region());
                json.add(m);
            }
            OutputOptions.writeJson(spec.commandLine().getOut(), Map.of("dir", folder.toString(), "snapshots", json));
            return 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (SnapshotSummary s : found) {
            rows.add(List.of(s.tableName(), Long.toString(s.itemCount()), ProgressBar.bytes(s.compressedBytes()),
                    s.created() == null ? "" : s.created().toString(), s.sourceEndpoint() + " " + s.region(), s.path().toString()));
        }
        OutputOptions.writeTable(spec.commandLine().getOut(), HEADER, rows);
        return 0;
    }
}
