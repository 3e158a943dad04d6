package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.PlanRule;
import dev.dynamobackup.model.awsbackup.PlanTemplate;

import java.util.List;
import java.util.Optional;

/** The ready-made plans the app offers (seed 002's lab is {@code daily-cold-31-delete-366}). All at 05:00 UTC. */
public final class PlanTemplates {
    public static final List<PlanTemplate> ALL = List.of(
            new PlanTemplate("daily-35", "Daily, keep 35 days",
                    rule("DailyBackups", "cron(0 5 ? * * *)", new Lifecycle(null, 35))),
            new PlanTemplate("daily-cold-31-delete-366", "Daily, cold after 31 days, delete after 366 days",
                    rule("DailyBackups", "cron(0 5 ? * * *)", new Lifecycle(31, 366))),
            new PlanTemplate("weekly-1y", "Weekly, keep 1 year",
                    rule("WeeklyBackups", "cron(0 5 ? * SUN *)", new Lifecycle(null, 365))),
            new PlanTemplate("monthly-7y", "Monthly, keep 7 years",
                    rule("MonthlyBackups", "cron(0 5 1 * ? *)", new Lifecycle(null, 2557))));

    private PlanTemplates() {
    }

    private static PlanRule rule(String name, String cron, Lifecycle lifecycle) {
        return new PlanRule(name, null, cron, "Etc/UTC", 60, 180, lifecycle, List.of());
    }

    public static Optional<PlanTemplate> byId(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The template, or a refusal naming the ones there are. */
    public static PlanTemplate require(String id) {
        return byId(id).orElseThrow(() -> AwsBackupRefusedException.input(BackupTexts.text(BackupTexts.TEMPLATE_UNKNOWN, id,
                String.join(", ", ALL.stream().map(PlanTemplate::id).toList()))));
    }
}
