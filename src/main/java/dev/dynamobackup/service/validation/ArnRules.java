package dev.dynamobackup.service.validation;

import dev.dynamobackup.model.Problem;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARNs the app takes: a DynamoDB backup, a table, a KMS key (or alias), an AWS Backup recovery point.
 * Each check also refuses an ARN of another region than the one the call goes to: DynamoDB would only
 * answer "not found" for it.
 */
public final class ArnRules {
    private static final String HEAD = "arn:(aws[a-z-]*):%s:([a-z]{2}(?:-[a-z]+)+-\\d+):(\\d{12}):";
    private static final String NAME = "[A-Za-z0-9_.-]{3,255}";
    private static final Pattern BACKUP = Pattern.compile(HEAD.formatted("dynamodb") + "table/" + NAME + "/backup/[A-Za-z0-9_.-]{1,255}");
    private static final Pattern TABLE = Pattern.compile(HEAD.formatted("dynamodb") + "table/(" + NAME + ")");
    private static final Pattern RECOVERY_POINT = Pattern.compile(HEAD.formatted("backup") + "recovery-point:[A-Za-z0-9_.:-]{1,255}");
    private static final Pattern KMS = Pattern.compile(HEAD.formatted("kms") + "(key/[A-Za-z0-9-]{1,128}|alias/([A-Za-z0-9/_-]{1,250}))");
    private static final int MAX_LENGTH = 1024;

    private ArnRules() {
    }

    /**
     * A backup ARN in {@code region}: DynamoDB's ({@code arn:aws:dynamodb:REGION:ACCOUNT:table/T/backup/ID}),
     * or, for backups of type AWS_BACKUP that ListBackups shows, an AWS Backup recovery point's.
     */
    public static Optional<Problem> backup(String arn, String region) {
        if (arn == null || arn.isBlank()) return Optional.of(Problem.of("arn.backup.empty"));
        if (RECOVERY_POINT.matcher(arn.trim()).matches()) return check(RECOVERY_POINT, arn, region, v -> Problem.of("arn.backup.invalid", v));
        return check(BACKUP, arn, region, v -> Problem.of("arn.backup.invalid", v));
    }

    /** A table ARN ({@code arn:aws:dynamodb:REGION:ACCOUNT:table/T}) in {@code region}. */
    public static Optional<Problem> table(String arn, String region) {
        if (arn == null || arn.isBlank()) return Optional.of(Problem.of("arn.table.empty"));
        return check(TABLE, arn, region, v -> Problem.of("arn.table.invalid", v));
    }

    /** Where a table name or its ARN is taken: an ARN is checked as one, anything else as a name. */
    public static Optional<Problem> tableNameOrArn(String value, String region) {
        return value != null && value.startsWith("arn:") ? table(value, region) : NameRules.table(value);
    }

    /**
     * An AWS Backup recovery point: {@code arn:aws:backup:...:recovery-point:ID}, or, for DynamoDB tables
     * without AWS Backup's advanced features, the DynamoDB backup ARN AWS Backup made.
     */
    public static Optional<Problem> recoveryPoint(String arn, String region) {
        if (arn == null || arn.isBlank()) return Optional.of(Problem.of("arn.recoveryPoint.empty"));
        if (BACKUP.matcher(arn.trim()).matches()) return check(BACKUP, arn, region, v -> Problem.of("arn.recoveryPoint.invalid", v));
        return check(RECOVERY_POINT, arn, region, v -> Problem.of("arn.recoveryPoint.invalid", v));
    }

    /**
     * A customer managed KMS key, by key ARN or alias ARN. An alias under {@code alias/aws/} is a key AWS
     * manages: choosing it as "customer managed" is a mistake the user should hear about.
     */
    public static Optional<Problem> kmsKey(String arn, String region) {
        if (arn == null || arn.isBlank()) return Optional.of(Problem.of("kms.key.empty"));
        Optional<Problem> problem = check(KMS, arn, region, v -> Problem.of("kms.key.invalid", v));
        if (problem.isPresent()) return problem;
        Matcher m = KMS.matcher(arn.trim());
        return m.matches() && m.group(5) != null && m.group(5).startsWith("aws/")
                ? Optional.of(Problem.of("kms.key.awsManaged", m.group(5))) : Optional.empty();
    }

    /** {@code invalid} makes the "not such an ARN" problem from the (shortened) value. */
    private static Optional<Problem> check(Pattern pattern, String arn, String region,
                                           java.util.function.Function<String, Problem> invalid) {
        String value = arn.trim();
        Matcher m = pattern.matcher(value);
        if (value.length() > MAX_LENGTH || !m.matches()) return Optional.of(invalid.apply(NameRules.shorten(value)));
        if (region != null && !region.equals(m.group(2))) {
            return Optional.of(Problem.of("arn.region.mismatch", NameRules.shorten(value), m.group(2), region));
        }
        return Optional.empty();
    }
}
