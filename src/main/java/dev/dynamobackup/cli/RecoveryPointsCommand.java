package dev.dynamobackup.cli;

import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.RecoveryPoint;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

import static dev.dynamobackup.cli.AwsBackupCli.text;

/** {@code dbm recovery-points list|delete}: AWS Backup's backups, per vault or per table. */
@Command(name = "recovery-points", mixinStandardHelpOptions = true, description = "List and delete AWS Backup recovery points.",
        subcommands = {RecoveryPointsCommand.ListPoints.class, RecoveryPointsCommand.Delete.class})
final class RecoveryPointsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: list or delete");
    }

    static void print(CommandSpec spec, OutputOptions output, ConnectionTarget target, List<RecoveryPoint> points) {
        if (output.json()) {
            AwsBackupCli.json(spec, target.region(), "recoveryPoints", points);
            return;
        }
        OutputOptions.writeTable(spec.commandLine().getOut(),
                List.of("ARN", "VAULT", "TABLE", "STATUS", "SIZE_BYTES", "CREATED", "COLD_ON", "DELETE_ON", "PLAN"),
                points.stream().map(p -> List.of(p.arn(), text(p.vaultName()), text(p.resourceName()), text(p.status()),
                        Long.toString(p.sizeBytes()), text(p.created()), text(p.coldDate()), text(p.deleteDate()),
                        text(p.planId()))).toList());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The recovery points of a vault, or of a table in every vault.")
    static final class ListPoints implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        static final class Source {
            @Option(names = "--vault", paramLabel = "VAULT") String vault;
            @Option(names = "--table", paramLabel = "TABLE", description = "A table name or ARN.") String table;
        }

        @Override
        public Integer call() {
            if (source.vault != null) AwsBackupCli.check(spec, AwsBackupRules.vaultName(source.vault));
            if (source.table != null && source.table.startsWith("arn:")) AwsBackupCli.check(spec, AwsBackupRules.tableArn(source.table));
            ConnectionTarget target = connection.target();
            try (AppServices s = CliRuntime.services()) {
                var points = source.vault != null ? s.awsBackup().recoveryPoints().listByVault(target, source.vault)
                        : s.awsBackup().recoveryPoints().listByTable(target, s.awsBackup().selections().tableArn(target, source.table));
                print(spec, output, target, points);
                return 0;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a recovery point (asks you to type delete unless --yes is given; refused in a locked vault).")
    static final class Delete implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Option(names = "--arn", required = true, paramLabel = "RECOVERY_POINT_ARN")
        String arn;
        @Option(names = "--vault", paramLabel = "VAULT", description = "Its vault (found by searching the vaults when left out).")
        String vault;
        @Mixin ConfirmOption confirm;

        @Override
        public Integer call() {
            AwsBackupCli.check(spec, AwsBackupRules.recoveryPointArn(arn));
            if (vault != null) AwsBackupCli.check(spec, AwsBackupRules.vaultName(vault));
            ConnectionTarget target = connection.target();
            // no terminal: refused before the point is even looked up
            ConfirmOption.Pending confirmation = confirm.prepare(spec, "delete the recovery point");
            try (AppServices s = CliRuntime.services()) {
                RecoveryPoint point = vault != null ? s.awsBackup().recoveryPoints().describe(target, vault, arn)
                        : s.awsBackup().recoveryPoints().find(target, arn);
                // AWS Backup's console asks for the lowercase word (seed 004)
                confirmation.ask(List.of("This permanently deletes the recovery point " + arn, "of " + text(point.resourceName())
                        + " (created " + text(point.created()) + ") from vault " + point.vaultName() + "."), List.of("delete"), "nothing was deleted");
                s.awsBackup().recoveryPoints().delete(target, point.vaultName(), arn);
                AwsBackupCli.deleted(spec, output, target.region(), "recovery point", arn);
                return 0;
            }
        }
    }
}
