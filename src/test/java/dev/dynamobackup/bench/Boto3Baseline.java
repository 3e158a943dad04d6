package dev.dynamobackup.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs scripts/bench_snapshot_baseline.py (the dynamodump way with boto3) from the measuring JVM, so
 * that its rounds can alternate with the app's: its output is echoed, its figures returned.
 */
final class Boto3Baseline {
    private final URI endpoint;
    private final String table;
    private final Path file;

    Boto3Baseline(URI endpoint, String table, Path file) {
        this.endpoint = endpoint;
        this.table = table;
        this.file = file;
    }

    /** One Scan segment of the table written to the file. */
    Map<String, Double> export() throws IOException, InterruptedException {
        return run(List.of("export", endpoint.toString(), table, file.toString()), "boto3_export");
    }

    /** The file written into the new table {@code copy} by serial 25-item BatchWriteItem calls; the copy is deleted after. */
    Map<String, Double> restore(String copy) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("import", endpoint.toString(), table, file.toString(), copy));
        String pid = System.getProperty("bench.serverPid");
        if (pid != null && !pid.isBlank()) args.add(pid);
        return run(args, "boto3_import");
    }

    private static Map<String, Double> run(List<String> args, String expected) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", "scripts/bench_snapshot_baseline.py"));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Double> figures = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("figure ")) {
                    String[] f = line.split(" ");
                    figures.put(f[1], Double.parseDouble(f[2]));
                } else {
                    System.out.println(line);
                }
            }
        }
        if (p.waitFor() != 0 || !figures.containsKey(expected)) throw new IllegalStateException("the boto3 baseline failed: " + args);
        return figures;
    }
}
