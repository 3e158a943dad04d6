package dev.dynamobackup.cli;

import dev.dynamobackup.service.snapshot.CancelSignal;
import dev.dynamobackup.service.snapshot.SnapshotService;
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

/** {@code dbm snapshot verify --in PATH}: every part's checksum and count against the manifest; no AWS call. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a snapshot's parts against its manifest (SHA-256, item counts). Exit 1 when damaged.")
final class SnapshotVerifyCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin OutputOptions output;

    @Option(names = "--in", required = true, paramLabel = "PATH", description = "The snapshot folder or .zip.")
    Path in;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(in)) throw new ParameterException(spec.commandLine(), "--in " + in + " does not exist");
        SnapshotService.VerifyResult r = CliRuntime.snapshotFiles().verify(in, new CancelSignal());
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("path", in.toString());
            json.put("table", r.snapshot().tableName());
            json.put("items", r.snapshot().itemCount());
            json.put("parts", r.snapshot().parts());
            json.put("intact", r.intact());
            json.put("problems", r.problems());
            OutputOptions.writeJson(out, json);
        } else if (r.intact()) {
            out.printf("%s is intact: %,d items of %s in %d parts, checksums match.%n", in, r.snapshot().itemCount(),
                    r.snapshot().tableName(), r.snapshot().parts());
        } else {
            r.problems().forEach(p -> out.println("DAMAGED: " + p));
        }
        out.flush();
        return r.intact() ? 0 : 1;
    }
}
