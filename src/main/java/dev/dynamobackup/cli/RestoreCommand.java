package dev.dynamobackup.cli;

import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.BackupDetails;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.PitrSource;
import dev.dynamobackup.model.RestorePoint;
import dev.dynamobackup.model.RestoreStarted;
import dev.dynamobackup.model.SourceSettings;
import dev.dynamobackup.service.validation.ArnRules;
import dev.dynamobackup.service.validation.NameRules;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dbm restore backup|pitr}: restore into a NEW table (a restore never overwrites). */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a table from a backup or to a point in time, into a new table.",
        subcommands = {RestoreCommand.FromBackup.class, RestoreCommand.ToPointInTime.class})
final class RestoreCommand {

    @Command(name = "backup", mixinStandardHelpOptions = true, description = "Restore a backup to a new table.")
    static final class FromBackup implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Mixin RestoreSettingsOptions settings;
        @Mixin FollowUpOptions followUp;

        @Option(names = "--arn", required = true, paramLabel = "BACKUP_ARN", description = "The backup to restore.")
        String arn;

        @Option(names = "--target", required = true, paramLabel = "TABLE", description = "The name of the new table.")
        String target;

        @Override
        public Integer call() throws Exception {
            ConnectionTarget t = connection.target();
            InputChecks.require(spec, "--arn", ArnRules.backup(arn, t.region()));
            InputChecks.require(spec, "--target", NameRules.table(target));
            var restoreSettings = settings.settings(t.region());
            try (AppServices s = CliRuntime.services()) {
                SourceSettings replay = null;
                if (followUp.replaySettings) {
                    BackupDetails backup = s.recovery().restores().describeBackup(t, arn);
                    replay = s.recovery().replay().capture(t, backup.tableName());
                }
                RestoreStarted started = s.recovery().restores().restoreFromBackup(t, arn, target, restoreSettings);
                Map<String, Object> result = RestoreFollowUp.finish(s, t, started, followUp.waitForActive(), replay);
                RestoreFollowUp.print(spec.commandLine().getOut(), output, result);
                return 0;
            }
        }
    }

    @Command(name = "pitr", mixinStandardHelpOptions = true,
            description = "Restore a table as it was at a point in time, to a new table.")
    static final class ToPointInTime implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Mixin RestoreSettingsOptions settings;
        @Mixin FollowUpOptions followUp;

        @Option(names = "--table", paramLabel = "TABLE", description = "The source table (it must have PITR on).")
        String table;

        @Option(names = "--source-arn", paramLabel = "TABLE_ARN",
                description = "The ARN of a deleted source table (restored through its $DeletedTableBackup).")
        String sourceArn;

        @Option(names = "--target", required = true, paramLabel = "TABLE", description = "The name of the new table.")
        String target;

        @ArgGroup(exclusive = true, multiplicity = "1")
        When when;

        static final class When {
            @Option(names = "--latest", required = true, description = "Restore to the latest restorable time.")
            boolean latest;

            @Option(names = "--time", required = true, paramLabel = "ISO-8601",
                    description = "Restore to this time, e.g. 2026-05-01T09:30:00Z or 2026-05-01T11:30:00+02:00.")
            String time;
        }

        @Override
        public Integer call() throws Exception {
            if ((table == null) == (sourceArn == null)) {
                throw new ParameterException(spec.commandLine(), "give either --table or --source-arn");
            }
            RestorePoint point = when.latest ? RestorePoint.LATEST : RestorePoint.at(parse(when.time));
            ConnectionTarget t = connection.target();
            if (table != null) InputChecks.require(spec, "--table", NameRules.table(table));
            if (sourceArn != null) InputChecks.require(spec, "--source-arn", ArnRules.table(sourceArn, t.region()));
            InputChecks.require(spec, "--target", NameRules.table(target));
            var restoreSettings = settings.settings(t.region());
            PitrSource source = table != null ? PitrSource.existing(table)
                    : PitrSource.deleted(sourceArn.substring(sourceArn.lastIndexOf('/') + 1), sourceArn);
            try (AppServices s = CliRuntime.services()) {
                SourceSettings replay = followUp.replaySettings && table != null ? s.recovery().replay().capture(t, table) : null;
                RestoreStarted started = s.recovery().restores().restoreToPointInTime(t, source, target, point, restoreSettings);
                Map<String, Object> result = RestoreFollowUp.finish(s, t, started, followUp.waitForActive(), replay);
                result.put("restorePoint", point.toString());
                RestoreFollowUp.print(spec.commandLine().getOut(), output, result);
                return 0;
            }
        }

        private Instant parse(String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(),
                        "--time needs an ISO-8601 time with an offset, e.g. 2026-05-01T09:30:00Z");
            }
        }
    }
}
