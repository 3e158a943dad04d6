package dev.dynamobackup.cli;

import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.BackupSummary;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.service.validation.ArnRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code dbm backups describe --arn A}. */
@Command(name = "describe", mixinStandardHelpOptions = true, description = "Show one backup.")
final class BackupsDescribeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;

    @Option(names = "--arn", paramLabel = "ARN", required = true, description = "The backup's ARN.")
    String arn;

    @Override
    public Integer call() throws Exception {
        ConnectionTarget target = connection.target();
        InputChecks.require(spec, "--arn", ArnRules.backup(arn, target.region()));
        try (AppServices services = CliRuntime.services()) {
            BackupSummary b = services.backups().describe(target, arn);
            if (output.json()) OutputOptions.writeJson(spec.commandLine().getOut(), BackupsCommand.json(b));
            else OutputOptions.writeTable(spec.commandLine().getOut(), BackupsCommand.HEADER, BackupsCommand.rows(List.of(b)));
            return 0;
        }
    }
}
