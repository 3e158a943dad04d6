package dev.dynamobackup.cli;

import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.CopyRule;
import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanRule;
import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import dev.dynamobackup.service.awsbackup.PlanTemplates;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.util.List;

/**
 * The plan a {@code plans create} or {@code plans update} describes: a template, or a rule from scratch,
 * with an optional cross-region copy. Every field is checked before any call ({@link #draft}, {@link #check}).
 */
final class PlanDraftOptions {
    @Option(names = "--template", paramLabel = "ID", description = "A template id (see 'dbm plans templates').")
    String template;
    @Option(names = "--name", paramLabel = "NAME", description = "The plan's name (with --template: default the template id; for plans update the plan's own name).")
    String name;
    @Option(names = "--vault", paramLabel = "VAULT", description = "The vault the rule backs up to (default with --template: Default; for plans update the plan's first rule's vault).")
    String vault;
    @Option(names = "--schedule", paramLabel = "CRON", description = "e.g. 'cron(0 5 ? * * *)' (every day at 05:00).")
    String schedule;
    @Option(names = "--rule-name", paramLabel = "NAME", defaultValue = "DailyBackups", description = "1-50 letters, digits, hyphens, underscores, dots.")
    String ruleName;
    @Option(names = "--time-zone", paramLabel = "ZONE", description = "The schedule's time zone, e.g. Europe/Berlin (default UTC).")
    String timeZone;
    @Option(names = "--start-window", paramLabel = "MINUTES", description = "At least 60 (default 480).")
    Integer startWindow;
    @Option(names = "--completion-window", paramLabel = "MINUTES", description = "At least start + 60 (default 10080).")
    Integer completionWindow;
    @Option(names = "--cold-after", paramLabel = "DAYS", description = "Move to cold storage after DAYS.")
    Integer coldAfter;
    @Option(names = "--delete-after", paramLabel = "DAYS", description = "Delete after DAYS (at least cold-after + 90).")
    Integer deleteAfter;
    @ArgGroup(exclusive = false)
    Copy copy;
    @Option(names = "--enable-advanced", description = "Turn on the region's advanced DynamoDB backup first if the plan needs it.")
    boolean enableAdvanced;

    static final class Copy {
        @Option(names = "--copy-to-region", required = true, paramLabel = "REGION")
        String region;
        @Option(names = "--copy-to-vault", required = true, paramLabel = "VAULT")
        String vault;
        @Option(names = "--copy-delete-after", paramLabel = "DAYS", description = "The copy's own retention.")
        Integer deleteAfter;
    }

    /** The plan the options describe, refused (exit 2) when they contradict each other or break a rule. */
    PlanDraft draft(CommandSpec spec, ConnectionTarget target) {
        PlanDraft draft = fromOptions(spec);
        AwsBackupCli.check(spec, AwsBackupRules.plan(draft, target.region()));
        if (copy != null) {
            AwsBackupCli.check(spec, AwsBackupRules.copyRegion(copy.region, target.region()).or(() -> AwsBackupRules.vaultName(copy.vault))
                    .or(() -> AwsBackupRules.lifecycle(copyLifecycle())));
        }
        return draft;
    }

    /**
     * What is left once the services are up: the copy's destination vault ARN (read in the other region)
     * and, with --enable-advanced, the region's advanced DynamoDB backup turned on if the plan needs it.
     */
    PlanDraft prepare(PlanDraft draft, AppServices s, ConnectionTarget target) {
        PlanDraft ready = copy == null ? draft : withCopy(draft, s, target);
        if (enableAdvanced && ready.needsAdvancedDynamoDbBackup()
                && !s.awsBackup().regionSettings().describe(target).advancedDynamoDb()) {
            s.awsBackup().regionSettings().enableAdvancedDynamoDb(target);
        }
        return ready;
    }

    /**
     * For {@code plans update --template}: the plan keeps its own name and its first rule's vault unless
     * --name or --vault say otherwise (a template alone would rename it after the template).
     */
    PlanDraft keepingNameAndVault(PlanDraft draft, PlanDraft current) {
        if (template == null || (name != null && vault != null)) return draft;
        String keptName = name != null ? name : current.name();
        String keptVault = vault != null ? vault : current.rules().isEmpty() ? "Default" : current.rules().get(0).vaultName();
        return new PlanDraft(keptName, draft.rules().stream().map(r -> r.withVault(keptVault)).toList());
    }

    private PlanDraft fromOptions(CommandSpec spec) {
        if (template != null) {
            if (schedule != null || coldAfter != null || deleteAfter != null) {
                throw new ParameterException(spec.commandLine(),
                        "--template sets the schedule and lifecycle: leave out --schedule, --cold-after and --delete-after");
            }
            var t = PlanTemplates.byId(template);
            if (t.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "There is no plan template '" + template + "'; the templates are: "
                        + String.join(", ", PlanTemplates.ALL.stream().map(x -> x.id()).toList()) + ".");
            }
            return t.get().draft(name == null ? template : name, vault == null ? "Default" : vault);
        }
        if (name == null || vault == null || schedule == null) {
            throw new ParameterException(spec.commandLine(), "Give --template ID, or --name, --vault and --schedule");
        }
        return new PlanDraft(name, List.of(new PlanRule(ruleName, vault, schedule, timeZone, startWindow, completionWindow,
                new Lifecycle(coldAfter, deleteAfter), List.of())));
    }

    private Lifecycle copyLifecycle() {
        return copy.deleteAfter == null ? Lifecycle.KEEP_FOREVER : Lifecycle.deleteAfter(copy.deleteAfter);
    }

    /** The destination vault must exist in the other region: its ARN (with the account) comes from there. */
    private PlanDraft withCopy(PlanDraft draft, AppServices s, ConnectionTarget target) {
        String arn = s.awsBackup().vaults().describe(new ConnectionTarget(target.connection(), copy.region), copy.vault).arn();
        PlanRule rule = draft.rules().get(0).withCopies(List.of(new CopyRule(arn, copyLifecycle())));
        return new PlanDraft(draft.name(), List.of(rule));
    }
}
