package dev.dynamobackup.cli;

import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.BackupFilter;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.BackupType;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.validation.ArnRules;
import dev.dynamobackup.service.validation.TimeRangeRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dbm backups list [--table T] [--type ...] [--from ISO] [--to ISO]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the backups of a region (newest first).")
final class BackupsListCommand implements Callable<Integer> {
    enum TypeOption { USER, SYSTEM, AWS_BACKUP, ALL }

    @Spec CommandSpec spec;
    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;

    @Option(names = "--table", paramLabel = "TABLE", description = "Only the backups of this table (name or ARN).")
    String table;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "ALL",
            description = "USER, SYSTEM, AWS_BACKUP or ALL (default).")
    TypeOption type = TypeOption.ALL;

    @Option(names = "--from", paramLabel = "TIME", converter = IsoTimeConverter.class,
            description = "Created at or after (ISO: 2026-11-01, 2026-11-01T08:00 local, or 2026-11-01T08:00:00Z).")
    Instant from;

    @Option(names = "--to", paramLabel = "TIME", converter = IsoTimeConverter.class,
            description = "Created before (same forms as --from).")
    Instant to;

    @Override
    public Integer call() throws Exception {
        ConnectionTarget target = connection.target();
        if (table != null) InputChecks.require(spec, "--table", ArnRules.tableNameOrArn(table, target.region()));
        InputChecks.require(spec, "--from/--to", TimeRangeRule.check(from, to));
        BackupFilter filter = new BackupFilter(table, type == TypeOption.ALL ? null : BackupType.valueOf(type.name()), from, to);
        try (AppServices services = CliRuntime.services()) {
            List<BackupSummary> backups = new java.util.ArrayList<>(services.backups().list(target, filter, page -> { }));
            backups.sort(Comparator.comparing(BackupSummary::created, Comparator.nullsLast(Comparator.reverseOrder())));
            if (output.json()) {
                OutputOptions.writeJson(spec.commandLine().getOut(), Map.of("region", target.region(),
                        "backups", backups.stream().map(BackupsCommand::json).toList()));
            } else {
                OutputOptions.writeTable(spec.commandLine().getOut(), BackupsCommand.HEADER, BackupsCommand.rows(backups));
            }
            return 0;
        }
    }
}
