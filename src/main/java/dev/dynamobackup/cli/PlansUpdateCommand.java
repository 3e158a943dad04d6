package dev.dynamobackup.cli;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanSummary;
import dev.dynamobackup.service.AppServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code dbm plans update --id ID (--template ID | --name N --vault V --schedule CRON ...)}: replaces the
 * plan's rules (UpdateBackupPlan, a new version), with the same options and checks as {@code plans create}.
 */
@Command(name = "update", mixinStandardHelpOptions = true, description = "Replace a backup plan's name and rules (a new version of the plan).")
final class PlansUpdateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Option(names = "--id", required = true, paramLabel = "ID", description = "The plan's id (see 'dbm plans list').")
    String id;
    @Mixin PlanDraftOptions plan;

    @Override
    public Integer call() {
        ConnectionTarget target = connection.target();
        PlanDraft draft = plan.draft(spec, target);
        try (AppServices s = CliRuntime.services()) {
            draft = plan.keepingNameAndVault(draft, s.awsBackup().plans().get(target, id, false).plan());
            draft = plan.prepare(draft, s, target);
            PlanSummary updated = s.awsBackup().plans().update(target, id, draft);
            PlansCommand.printSaved(spec, output, target, updated, draft, "Saved plan ");
            return 0;
        }
    }
}
