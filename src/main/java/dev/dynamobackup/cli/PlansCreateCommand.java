package dev.dynamobackup.cli;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanSummary;
import dev.dynamobackup.service.AppServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code dbm plans create (--template ID | --name N --vault V --schedule CRON ...)}. Every rule is
 * checked before any call; cold storage and cross-region copies also need the region's advanced
 * DynamoDB backup setting ({@code --enable-advanced} turns it on first).
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a backup plan from a template or from scratch.")
final class PlansCreateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ConnectionOptions connection;
    @Mixin OutputOptions output;
    @Mixin PlanDraftOptions plan;

    @Override
    public Integer call() {
        ConnectionTarget target = connection.target();
        PlanDraft draft = plan.draft(spec, target);
        try (AppServices s = CliRuntime.services()) {
            draft = plan.prepare(draft, s, target);
            PlanSummary created = s.awsBackup().plans().create(target, draft);
            PlansCommand.printSaved(spec, output, target, created, draft, "Created plan ");
            return 0;
        }
    }
}
