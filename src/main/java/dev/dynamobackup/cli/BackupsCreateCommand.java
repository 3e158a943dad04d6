package dev.dynamobackup.cli;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.BackupRequest;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.BackupNames;
import dev.dynamobackup.service.BulkQueue;
import dev.dynamobackup.service.ErrorMessages;
import dev.dynamobackup.service.validation.ArnRules;
import dev.dynamobackup.service.validation.NameRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dbm backups create --table T [--table T2 ...] [--name N]}: through the rate-limited queue. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Back up one or more tables (default name: <table>-<yyyyMMdd-HHmmss>).")
final class BackupsCreateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;

    @Option(names = "--table", paramLabel = "TABLE", required = true, description = "A table to back up; repeat for several.")
    List<String> tables;

    @Option(names = "--name", paramLabel = "NAME", description = "The backup name (one table only): 3 to 255 of A-Z a-z 0-9 _ . -")
    String name;

    @Override
    public Integer call() throws Exception {
        if (name != null && tables.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--name works with one --table; several tables get default names");
        }
        if (name != null) InputChecks.require(spec, "--name", NameRules.backup(name));
        ConnectionTarget target = connection.target();
        for (String table : tables) InputChecks.require(spec, "--table", ArnRules.tableNameOrArn(table, target.region()));
        List<BackupRequest> requests = tables.stream()
                .map(t -> new BackupRequest(t, name != null ? name : BackupNames.defaultName(t))).toList();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppServices services = CliRuntime.services()) {
            var outcomes = services.backups().createAll(target, requests, new BulkQueue.Listener<>() {
                @Override
                public void succeeded(BackupRequest item, BackupSummary result) {
                }

                @Override
                public void failed(BackupRequest item, Throwable error) {
                }
            });
            List<BackupSummary> created = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            int failures = 0;
            for (var o : outcomes) {
                if (o.succeeded()) {
                    created.add(o.result());
                    json.add(BackupsCommand.json(o.result()));
                } else {
                    failures++;
                    String sentence = ErrorMessages.of(o.error(), target).sentence().replace('\n', ' ');
                    err.println("error: " + o.item().tableName() + ": " + sentence);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("tableName", o.item().tableName());
                    m.put("error", sentence);
                    json.add(m);
                }
            }
            err.flush();
            if (output.json()) OutputOptions.writeJson(out, Map.of("region", target.region(), "backups", json));
            else if (!created.isEmpty()) OutputOptions.writeTable(out, BackupsCommand.HEADER, BackupsCommand.rows(created));
            return failures == 0 ? 0 : 1;
        }
    }
}
