package dev.dynamobackup.cli;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.service.AppServices;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.awsbackup.PlanDetails;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanSummary;
import dev.dynamobackup.model.awsbackup.PlanRule;
import dev.dynamobackup.model.awsbackup.PlanTemplate;
import dev.dynamobackup.model.awsbackup.Selection;
import dev.dynamobackup.model.awsbackup.SelectionRequest;
import dev.dynamobackup.model.awsbackup.TagCondition;
import dev.dynamobackup.service.RestoreValidator;
import dev.dynamobackup.service.awsbackup.AwsBackupRules;
import dev.dynamobackup.service.awsbackup.CronPreview;
import dev.dynamobackup.service.awsbackup.PlanTemplates;
import dev.dynamobackup.service.awsbackup.SelectionService;
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

import static dev.dynamobackup.cli.AwsBackupCli.text;

/** {@code dbm plans list|templates|show|create|assign|delete}: AWS Backup plans. */
@Command(name = "plans", mixinStandardHelpOptions = true, description = "AWS Backup plans: list, templates, show, create, assign tables, delete.",
        subcommands = {PlansCommand.ListPlans.class, PlansCommand.Templates.class, PlansCommand.Show.class, PlansCreateCommand.class, PlansUpdateCommand.class,
                PlansCommand.Assign.class, PlansCommand.Delete.class})
final class PlansCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: list, templates, show, create, assign or delete");
    }

    /** A rule for output, with its schedule in plain words. */
    static Map<String, Object> rule(PlanRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("vault", r.vaultName());
        m.put("schedule", r.schedule());
        m.put("timeZone", r.timeZone());
        m.put("runs", CronPreview.describe(r.schedule(), r.timeZone()));
        m.put("startWindowMinutes", r.startWindowMinutes());
        m.put("completionWindowMinutes", r.completionWindowMinutes());
        m.put("coldAfterDays", r.lifecycle().coldAfterDays());
        m.put("deleteAfterDays", r.lifecycle().deleteAfterDays());
        m.put("copies", r.copies());
        return m;
    }

    /** What {@code plans create} and {@code plans update} print: the plan saved and its rules. */
    static void printSaved(CommandSpec spec, OutputOptions output, ConnectionTarget target, PlanSummary plan, PlanDraft draft,
            String textLead) {
        if (output.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", plan.id());
            json.put("arn", plan.arn());
            json.put("name", plan.name());
            if (plan.versionId() != null) json.put("versionId", plan.versionId());
            json.put("rules", draft.rules().stream().map(PlansCommand::rule).toList());
            AwsBackupCli.json(spec, target.region(), "plan", json);
        } else {
            spec.commandLine().getOut().println(textLead + plan.name() + " (" + plan.id() + ")");
            printRules(spec.commandLine().getOut(), draft.rules());
        }
    }

    static void printRules(PrintWriter out, List<PlanRule> rules) {
        OutputOptions.writeTable(out, List.of("RULE", "VAULT", "RUNS", "COLD_AFTER", "DELETE_AFTER", "COPY_TO"),
                rules.stream().map(r -> List.of(r.name(), text(r.vaultName()), CronPreview.describe(r.schedule(), r.timeZone()),
                        text(r.lifecycle().coldAfterDays()), text(r.lifecycle().deleteAfterDays()),
                        String.join(",", r.copies().stream().map(c -> c.destinationVaultArn()).toList()))).toList());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the plans of a region.")
    static final class ListPlans implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;

        @Override
        public Integer call() {
            ConnectionTarget target = connection.target();
            try (AppServices s = CliRuntime.services()) {
                var plans = s.awsBackup().plans().list(target);
                if (output.json()) AwsBackupCli.json(spec, target.region(), "plans", plans);
                else OutputOptions.writeTable(spec.commandLine().getOut(), List.of("ID", "NAME", "VERSION", "CREATED", "LAST_RUN"),
                        plans.stream().map(p -> List.of(p.id(), p.name(), text(p.versionId()), text(p.created()), text(p.lastRun()))).toList());
                return 0;
            }
        }
    }

    @Command(name = "templates", mixinStandardHelpOptions = true, description = "The ready-made plans (use with plans create --template).")
    static final class Templates implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin OutputOptions output;

        @Override
        public Integer call() {
            List<PlanTemplate> all = PlanTemplates.ALL;
            if (output.json()) {
                List<Map<String, Object>> json = new ArrayList<>();
                for (PlanTemplate t : all) json.add(Map.of("id", t.id(), "title", t.title(), "rule", rule(t.rule())));
                OutputOptions.writeJson(spec.commandLine().getOut(), Map.of("templates", json));
            } else {
                OutputOptions.writeTable(spec.commandLine().getOut(), List.of("ID", "TITLE", "RUNS"),
                        all.stream().map(t -> List.of(t.id(), t.title(), CronPreview.describe(t.rule().schedule(), t.rule().timeZone()))).toList());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A plan's rules and the tables assigned to it.")
    static final class Show implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Option(names = "--id", required = true, paramLabel = "PLAN_ID")
        String id;

        @Override
        public Integer call() {
            ConnectionTarget target = connection.target();
            try (AppServices s = CliRuntime.services()) {
                PlanDetails d = s.awsBackup().plans().get(target, id, true);
                if (output.json()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", d.id());
                    m.put("arn", d.arn());
                    m.put("name", d.plan().name());
                    m.put("versionId", d.versionId());
                    m.put("rules", d.plan().rules().stream().map(PlansCommand::rule).toList());
                    m.put("selections", d.selections());
                    AwsBackupCli.json(spec, target.region(), "plan", m);
                } else {
                    PrintWriter out = spec.commandLine().getOut();
                    out.println("Plan " + d.plan().name() + " (" + d.id() + ")");
                    printRules(out, d.plan().rules());
                    for (Selection sel : d.selections()) {
                        out.println("Assigned (" + sel.name() + ", role " + sel.iamRoleArn() + "): "
                                + String.join(", ", sel.resources()) + (sel.tags().isEmpty() ? "" : " tags " + sel.tags()));
                    }
                    out.flush();
                }
                return 0;
            }
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "Assign tables (by name or ARN, or by tag) to a plan.")
    static final class Assign implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Option(names = "--plan", required = true, paramLabel = "PLAN_ID")
        String plan;
        @Option(names = "--table", paramLabel = "TABLE", description = "A table name or ARN; repeat for several.")
        List<String> tables = new ArrayList<>();
        @Option(names = "--tag", paramLabel = "KEY=VALUE", description = "Assign every table with this tag; repeat for several.")
        List<String> tags = new ArrayList<>();
        @Option(names = "--role", paramLabel = "ROLE_ARN",
                description = "The role AWS Backup uses (default: service-role/AWSBackupDefaultServiceRole of the plan's account).")
        String role;
        @Option(names = "--selection-name", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            List<TagCondition> conditions = new ArrayList<>();
            for (String tag : tags) {
                int eq = tag.indexOf('=');
                if (eq < 1) throw new ParameterException(spec.commandLine(), "--tag needs KEY=VALUE, not '" + tag + "'");
                conditions.add(new TagCondition(tag.substring(0, eq), tag.substring(eq + 1)));
            }
            if (tables.isEmpty() && conditions.isEmpty()) {
                AwsBackupCli.check(spec, SelectionService.check(new SelectionRequest(plan, name, role, List.of(), List.of())));
            }
            for (String t : tables) {
                AwsBackupCli.check(spec, t.startsWith("arn:") ? AwsBackupRules.tableArn(t) : RestoreValidator.tableName(t).map(ProblemText::of));
            }
            if (role != null) AwsBackupCli.check(spec, AwsBackupRules.roleArn(role));
            if (name != null) AwsBackupCli.check(spec, AwsBackupRules.planName(name));
            ConnectionTarget target = connection.target();
            try (AppServices s = CliRuntime.services()) {
                List<String> arns = tables.stream().map(t -> s.awsBackup().selections().tableArn(target, t)).toList();
                Selection sel = s.awsBackup().selections().assign(target, new SelectionRequest(plan, name, role, arns, conditions));
                if (output.json()) AwsBackupCli.json(spec, target.region(), "selection", sel);
                else OutputOptions.writeTable(spec.commandLine().getOut(), List.of("SELECTION_ID", "NAME", "ROLE", "TABLES", "TAGS"),
                        List.of(List.of(sel.id(), sel.name(), sel.iamRoleArn(), String.join(",", sel.resources()), sel.tags().toString())));
                return 0;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a plan and its table assignments (asks you to type Delete unless --yes is given). Its recovery points stay.")
    static final class Delete implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin ConnectionOptions connection;
        @Mixin OutputOptions output;
        @Option(names = "--id", required = true, paramLabel = "PLAN_ID")
        String id;
        @Mixin ConfirmOption confirm;

        @Override
        public Integer call() {
            ConnectionTarget target = connection.target();
            confirm.ask(spec, "delete the plan " + id, List.of("This deletes the backup plan " + id + " and its table assignments."),
                    List.of("Delete"), "nothing was deleted");
            try (AppServices s = CliRuntime.services()) {
                s.awsBackup().plans().delete(target, id);
                AwsBackupCli.deleted(spec, output, target.region(), "plan", id);
                return 0;
            }
        }
    }
}
