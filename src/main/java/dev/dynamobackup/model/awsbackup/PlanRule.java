package dev.dynamobackup.model.awsbackup;

import java.util.List;

/**
 * One rule of a backup plan.
 *
 * @param schedule       an AWS cron expression, e.g. {@code cron(0 5 ? * * *)}
 * @param timeZone       the schedule's time zone (IANA id), null for UTC
 * @param startWindowMinutes      null for the service default (8 hours)
 * @param completionWindowMinutes null for the service default (7 days)
 */
public record PlanRule(String name, String vaultName, String schedule, String timeZone, Integer startWindowMinutes,
                       Integer completionWindowMinutes, Lifecycle lifecycle, List<CopyRule> copies) {
    public PlanRule {
        lifecycle = lifecycle == null ? Lifecycle.KEEP_FOREVER : lifecycle;
        copies = copies == null ? List.of() : List.copyOf(copies);
    }

    public PlanRule withVault(String vault) {
        return new PlanRule(name, vault, schedule, timeZone, startWindowMinutes, completionWindowMinutes, lifecycle, copies);
    }

    public PlanRule withCopies(List<CopyRule> value) {
        return new PlanRule(name, vaultName, schedule, timeZone, startWindowMinutes, completionWindowMinutes, lifecycle, value);
    }
}
