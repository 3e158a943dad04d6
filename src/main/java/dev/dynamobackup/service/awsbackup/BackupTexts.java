package dev.dynamobackup.service.awsbackup;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The AWS Backup sentences of errors.properties, by constant key. */
public final class BackupTexts {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("dev.dynamobackup.aws.errors", Locale.ROOT);

    static final String RULE_NAME_EMPTY = "AwsBackup.ruleName.empty";
    static final String RULE_NAME_LENGTH = "AwsBackup.ruleName.length";
    static final String RULE_NAME_CHARS = "AwsBackup.ruleName.chars";
    static final String PLAN_NAME_EMPTY = "AwsBackup.planName.empty";
    static final String PLAN_NAME_INVALID = "AwsBackup.planName.invalid";
    static final String PLAN_NO_RULES = "AwsBackup.plan.noRules";
    static final String PLAN_CHANGED = "AwsBackup.plan.changed";
    static final String PLAN_CHANGED_TODO = "AwsBackup.plan.changed.todo";
    static final String PLAN_DUPLICATE_RULE = "AwsBackup.plan.duplicateRule";
    static final String VAULT_NAME_EMPTY = "AwsBackup.vaultName.empty";
    static final String VAULT_NAME_INVALID = "AwsBackup.vaultName.invalid";
    static final String CRON_EMPTY = "AwsBackup.cron.empty";
    static final String CRON_FORM = "AwsBackup.cron.form";
    static final String CRON_QUESTION = "AwsBackup.cron.question";
    static final String CRON_FIELD = "AwsBackup.cron.field";
    static final String TIME_ZONE_INVALID = "AwsBackup.timeZone.invalid";
    static final String WINDOW_START = "AwsBackup.window.start";
    static final String WINDOW_COMPLETION = "AwsBackup.window.completion";
    static final String LIFECYCLE_DAYS = "AwsBackup.lifecycle.days";
    static final String LIFECYCLE_COLD = "AwsBackup.lifecycle.cold";
    static final String LOCK_CHANGEABLE = "AwsBackup.lock.changeable";
    static final String LOCK_RETENTION = "AwsBackup.lock.retention";
    static final String LOCK_ORDER = "AwsBackup.lock.order";
    static final String ARN_INVALID = "AwsBackup.arn.invalid";
    static final String COPY_SAME_REGION = "AwsBackup.copy.sameRegion";
    static final String TEMPLATE_UNKNOWN = "AwsBackup.template.unknown";
    static final String SELECTION_EMPTY = "AwsBackup.selection.empty";
    static final String RESTORE_TABLE_EXISTS = "AwsBackup.restore.tableExists";
    static final String ADVANCED_NEEDED = "AwsBackup.advanced.needed";
    static final String ADVANCED_TODO = "AwsBackup.advanced.todo";
    static final String VAULT_NOT_EMPTY = "AwsBackup.vault.notEmpty";
    static final String VAULT_NOT_EMPTY_TODO = "AwsBackup.vault.notEmpty.todo";
    static final String LOCKED_WHAT = "AwsBackup.locked.what";
    static final String LOCKED_TODO = "AwsBackup.locked.todo";
    static final String REFUSED_TODO = "AwsBackup.refused.todo";

    private BackupTexts() {
    }

    static String text(String key, Object... args) {
        Object[] plain = new Object[args.length];
        // numbers as typed (no "10,080" grouping)
        for (int i = 0; i < args.length; i++) plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        return new MessageFormat(TEXT.getString(key), Locale.ROOT).format(plain);
    }
}
