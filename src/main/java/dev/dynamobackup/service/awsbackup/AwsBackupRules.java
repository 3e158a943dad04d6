package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.service.validation.RegionRule;
import dev.dynamobackup.service.validation.ArnRules;
import dev.dynamobackup.model.awsbackup.CopyRule;
import dev.dynamobackup.model.awsbackup.Lifecycle;
import dev.dynamobackup.model.awsbackup.PlanDraft;
import dev.dynamobackup.model.awsbackup.PlanRule;
import dev.dynamobackup.model.awsbackup.VaultLock;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.dynamobackup.service.awsbackup.BackupTexts.text;

/**
 * The checks made before any AWS Backup call (moto accepts much that AWS refuses). Each returns the
 * problem in words or empty; {@link #require} turns a problem into {@link AwsBackupRefusedException}.
 */
public final class AwsBackupRules {
    private static final Pattern RULE_NAME = Pattern.compile("[A-Za-z0-9._-]+"); // BackupRuleName in AWS Backup's model
    private static final Pattern PLAN_NAME = Pattern.compile("[A-Za-z0-9._-]{1,50}");
    private static final Pattern VAULT_NAME = Pattern.compile("[A-Za-z0-9_-]{2,50}");
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final String PARTITION = "arn:aws(-[a-z]+)*:";
    public static final Pattern VAULT_ARN = Pattern.compile(PARTITION + "backup:[a-z0-9-]+:\\d{12}:backup-vault:[A-Za-z0-9_-]{2,50}");
    public static final Pattern ROLE_ARN = Pattern.compile(PARTITION + "iam::\\d{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}");

    private static final String NUMBER_LIST = "(\\*|N(-N)?)(/\\d+)?(,(\\*|N(-N)?)(/\\d+)?)*";
    private static final Pattern MINUTES = field("[0-5]?\\d");
    private static final Pattern HOURS = field("(1?\\d|2[0-3])");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\?|L|([1-9]|[12]\\d|3[01])W|" + NUMBER_LIST.replace("N", "([1-9]|[12]\\d|3[01])"));
    private static final Pattern MONTH = field("([1-9]|1[0-2]|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)");
    private static final Pattern DAY_OF_WEEK = Pattern.compile("\\?|[1-7]L|[1-7]#[1-5]|" + NUMBER_LIST.replace("N", "([1-7]|SUN|MON|TUE|WED|THU|FRI|SAT)"));
    private static final Pattern YEAR = field("(19[7-9]\\d|2[01]\\d\\d)");

    public static final int MIN_START_WINDOW = 60;
    public static final int COLD_MINIMUM_DAYS = 90;
    public static final int MIN_CHANGEABLE_DAYS = 3;

    private AwsBackupRules() {
    }

    private static Pattern field(String value) {
        return Pattern.compile(NUMBER_LIST.replace("N", value), Pattern.CASE_INSENSITIVE);
    }

    /** Throws {@link AwsBackupRefusedException} with the problem, if any. */
    public static void require(Optional<String> problem) {
        if (problem.isPresent()) throw AwsBackupRefusedException.input(problem.get());
    }

    public static Optional<String> ruleName(String name) {
        if (name == null || name.isEmpty()) return Optional.of(text(BackupTexts.RULE_NAME_EMPTY));
        if (name.length() > 50) return Optional.of(text(BackupTexts.RULE_NAME_LENGTH, name.length()));
        if (!RULE_NAME.matcher(name).matches()) return Optional.of(text(BackupTexts.RULE_NAME_CHARS, name));
        return Optional.empty();
    }

    public static Optional<String> planName(String name) {
        if (name == null || name.isEmpty()) return Optional.of(text(BackupTexts.PLAN_NAME_EMPTY));
        if (!PLAN_NAME.matcher(name).matches()) return Optional.of(text(BackupTexts.PLAN_NAME_INVALID, name));
        return Optional.empty();
    }

    public static Optional<String> vaultName(String name) {
        if (name == null || name.isEmpty()) return Optional.of(text(BackupTexts.VAULT_NAME_EMPTY));
        if (!VAULT_NAME.matcher(name).matches()) return Optional.of(text(BackupTexts.VAULT_NAME_INVALID, name));
        return Optional.empty();
    }

    /** An AWS cron expression: six fields, and one of day-of-month / day-of-week is '?'. */
    public static Optional<String> schedule(String expression) {
        if (expression == null || expression.isBlank()) return Optional.of(text(BackupTexts.CRON_EMPTY));
        var m = CRON.matcher(expression.strip());
        String[] f = m.matches() ? m.group(1).strip().split("\\s+") : new String[0];
        if (f.length != 6) return Optional.of(text(BackupTexts.CRON_FORM, expression));
        if (!"?".equals(f[2]) == !"?".equals(f[4])) return Optional.of(text(BackupTexts.CRON_QUESTION, expression));
        Object[][] checks = {
                {MINUTES, "minutes", "0-59, lists, ranges, steps, *"},
                {HOURS, "hours", "0-23, lists, ranges, steps, *"},
                {DAY_OF_MONTH, "day-of-month", "1-31, L, W, ?, *"},
                {MONTH, "month", "1-12 or JAN-DEC, *"},
                {DAY_OF_WEEK, "day-of-week", "1-7 or SUN-SAT, L, #, ?, *"},
                {YEAR, "year", "1970-2199, *"}};
        for (int i = 0; i < 6; i++) {
            if (!((Pattern) checks[i][0]).matcher(f[i]).matches()) {
                return Optional.of(text(BackupTexts.CRON_FIELD, checks[i][1], f[i], checks[i][2]));
            }
        }
        return Optional.empty();
    }

    public static Optional<String> timeZone(String zone) {
        if (zone == null || zone.isBlank()) return Optional.empty();
        try {
            ZoneId.of(zone);
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of(text(BackupTexts.TIME_ZONE_INVALID, zone));
        }
    }

    public static Optional<String> windows(Integer startMinutes, Integer completionMinutes) {
        int start = startMinutes == null ? 480 : startMinutes;
        if (startMinutes != null && startMinutes < MIN_START_WINDOW) return Optional.of(text(BackupTexts.WINDOW_START, startMinutes));
        if (completionMinutes != null && completionMinutes < start + 60) {
            return Optional.of(text(BackupTexts.WINDOW_COMPLETION, start, completionMinutes));
        }
        return Optional.empty();
    }

    /** DeleteAfterDays >= MoveToColdStorageAfterDays + 90 (cold storage's minimum). */
    public static Optional<String> lifecycle(Lifecycle lifecycle) {
        if (lifecycle == null) return Optional.empty();
        for (Integer days : new Integer[]{lifecycle.coldAfterDays(), lifecycle.deleteAfterDays()}) {
            if (days != null && days < 1) return Optional.of(text(BackupTexts.LIFECYCLE_DAYS, days));
        }
        Integer cold = lifecycle.coldAfterDays();
        Integer delete = lifecycle.deleteAfterDays();
        if (cold != null && delete != null && delete < cold + COLD_MINIMUM_DAYS) {
            return Optional.of(text(BackupTexts.LIFECYCLE_COLD, Integer.toString(cold + COLD_MINIMUM_DAYS),
                    Integer.toString(cold), Integer.toString(delete)));
        }
        return Optional.empty();
    }

    public static Optional<String> vaultLock(VaultLock lock) {
        for (Integer days : new Integer[]{lock.minRetentionDays(), lock.maxRetentionDays()}) {
            if (days != null && days < 1) return Optional.of(text(BackupTexts.LOCK_RETENTION, days));
        }
        if (lock.minRetentionDays() != null && lock.maxRetentionDays() != null
                && lock.minRetentionDays() > lock.maxRetentionDays()) {
            return Optional.of(text(BackupTexts.LOCK_ORDER, lock.minRetentionDays(), lock.maxRetentionDays()));
        }
        if (lock.changeableForDays() != null && lock.changeableForDays() < MIN_CHANGEABLE_DAYS) {
            return Optional.of(text(BackupTexts.LOCK_CHANGEABLE, lock.changeableForDays()));
        }
        return Optional.empty();
    }

    public static Optional<String> region(String region) {
        // the form only: AWS Backup's rules do not know whether a custom endpoint is in use
        return RegionRule.check(region, true).map(ProblemText::of);
    }

    /** {@code kind} names the ARN for the sentence ("a table"), {@code example} shows its form. */
    public static Optional<String> arn(String value, Pattern pattern, String kind, String example) {
        if (value == null || !pattern.matcher(value).matches()) {
            return Optional.of(text(BackupTexts.ARN_INVALID, value, kind, example));
        }
        return Optional.empty();
    }

    public static Optional<String> tableArn(String value) {
        return ArnRules.table(value, null).map(ProblemText::of);
    }

    public static Optional<String> vaultArn(String value) {
        return arn(value, VAULT_ARN, "a backup vault", "arn:aws:backup:REGION:ACCOUNT:backup-vault:NAME");
    }

    public static Optional<String> roleArn(String value) {
        return arn(value, ROLE_ARN, "an IAM role", "arn:aws:iam::ACCOUNT:role/NAME");
    }

    public static Optional<String> recoveryPointArn(String value) {
        return ArnRules.recoveryPoint(value, null).map(ProblemText::of);
    }

    /** A cross-region copy goes to another region than the plan's. */
    public static Optional<String> copyRegion(String copyRegion, String planRegion) {
        return region(copyRegion).or(() -> copyRegion.equals(planRegion)
                ? Optional.of(text(BackupTexts.COPY_SAME_REGION, planRegion)) : Optional.empty());
    }

    public static Optional<String> rule(PlanRule rule, String planRegion) {
        Optional<String> problem = ruleName(rule.name())
                .or(() -> vaultName(rule.vaultName()))
                .or(() -> schedule(rule.schedule()))
                .or(() -> timeZone(rule.timeZone()))
                .or(() -> windows(rule.startWindowMinutes(), rule.completionWindowMinutes()))
                .or(() -> lifecycle(rule.lifecycle()));
        for (CopyRule copy : rule.copies()) {
            if (problem.isPresent()) return problem;
            problem = vaultArn(copy.destinationVaultArn()).or(() -> lifecycle(copy.lifecycle()))
                    .or(() -> copyRegion(copy.destinationRegion(), planRegion));
        }
        return problem;
    }

    public static Optional<String> plan(PlanDraft plan, String planRegion) {
        Optional<String> problem = planName(plan.name());
        if (problem.isPresent()) return problem;
        if (plan.rules().isEmpty()) return Optional.of(text(BackupTexts.PLAN_NO_RULES));
        Set<String> names = new HashSet<>();
        for (PlanRule rule : plan.rules()) {
            problem = rule(rule, planRegion);
            if (problem.isPresent()) return problem;
            if (!names.add(rule.name())) return Optional.of(text(BackupTexts.PLAN_DUPLICATE_RULE, rule.name()));
        }
        return Optional.empty();
    }
}
