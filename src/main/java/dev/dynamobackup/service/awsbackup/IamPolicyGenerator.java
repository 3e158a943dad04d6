package dev.dynamobackup.service.awsbackup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dynamobackup.model.awsbackup.IamFeature;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static dev.dynamobackup.service.awsbackup.AwsBackupRules.require;

/**
 * Least-privilege IAM policies for the features a user picks, and seed 002's deny-delete policy
 * (nobody but a named admin role may delete backups, vaults, plans or recovery points).
 * The action names are checked against the real service models in a test.
 */
public final class IamPolicyGenerator {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final List<String> LIST_TABLES = List.of("dynamodb:ListTables", "dynamodb:DescribeTable");

    /**
     * Item reads and writes on the table a restore creates. AWS's restore permissions ask for exactly
     * these on the target table, for RestoreTableFromBackup and RestoreTableToPointInTime alike
     * (DynamoDB Developer Guide, "Using IAM with DynamoDB backup and restore"); they get a statement of
     * their own, limited to tables, and are not part of any feature's own actions.
     */
    static final List<String> RESTORE_TARGET_ITEMS = List.of("dynamodb:BatchWriteItem", "dynamodb:DeleteItem",
            "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem");

    /** The features whose restores write a new table's items (their policy includes {@link #RESTORE_TARGET_ITEMS}). */
    static final Set<IamFeature> RESTORES_TO_NEW_TABLE = EnumSet.of(IamFeature.RESTORE, IamFeature.PITR);

    /**
     * Reading a table's settings and applying them to a restored or imported table: the settings replay
     * (tags, TTL, stream, PITR, deletion protection) that follows a restore of any kind and a snapshot
     * import, and the capture of those settings for a snapshot. A statement of its own, on tables only.
     */
    static final List<String> TABLE_SETTINGS = List.of("dynamodb:DescribeTimeToLive", "dynamodb:ListTagsOfResource",
            "dynamodb:DescribeContinuousBackups", "dynamodb:TagResource", "dynamodb:UpdateTimeToLive", "dynamodb:UpdateTable",
            "dynamodb:UpdateContinuousBackups");

    /** The features that make a table and replay the source's settings on it, or capture them ({@link #TABLE_SETTINGS}). */
    static final Set<IamFeature> REPLAYS_SETTINGS = EnumSet.of(IamFeature.RESTORE, IamFeature.PITR, IamFeature.AWS_BACKUP,
            IamFeature.FILE_SNAPSHOTS);

    /** Only to AWS Backup: the role its jobs run with is passed to backup.amazonaws.com and nowhere else. */
    static final String PASS_ROLE = "iam:PassRole";

    /** Each feature's own actions (besides listing tables, the restore target's items and passing the role). */
    static final Map<IamFeature, List<String>> ACTIONS = new EnumMap<>(Map.of(
            IamFeature.NATIVE_BACKUPS, List.of("dynamodb:ListBackups", "dynamodb:DescribeBackup", "dynamodb:CreateBackup",
                    "dynamodb:DeleteBackup"),
            IamFeature.RESTORE, List.of("dynamodb:ListBackups", "dynamodb:DescribeBackup", "dynamodb:RestoreTableFromBackup"),
            // ListBackups: a deleted table is restored from the SYSTEM backup PITR left of it
            IamFeature.PITR, List.of("dynamodb:DescribeContinuousBackups", "dynamodb:UpdateContinuousBackups",
                    "dynamodb:RestoreTableToPointInTime", "dynamodb:ListBackups"),
            IamFeature.AWS_BACKUP, List.of(
                    "backup:ListBackupVaults", "backup:DescribeBackupVault", "backup:CreateBackupVault",
                    "backup:DeleteBackupVault", "backup:PutBackupVaultLockConfiguration",
                    "backup:DeleteBackupVaultLockConfiguration", "backup-storage:MountCapsule",
                    "backup:ListBackupPlans", "backup:GetBackupPlan", "backup:CreateBackupPlan", "backup:UpdateBackupPlan",
                    "backup:DeleteBackupPlan",
                    "backup:ListBackupSelections", "backup:GetBackupSelection", "backup:CreateBackupSelection",
                    "backup:DeleteBackupSelection", "backup:ListRecoveryPointsByBackupVault",
                    "backup:ListRecoveryPointsByResource", "backup:DescribeRecoveryPoint", "backup:DeleteRecoveryPoint",
                    "backup:StartBackupJob", "backup:DescribeBackupJob", "backup:ListBackupJobs",
                    "backup:StartRestoreJob", "backup:DescribeRestoreJob", "backup:ListRestoreJobs",
                    "backup:StartCopyJob", "backup:DescribeCopyJob", "backup:ListCopyJobs",
                    "backup:DescribeRegionSettings", "backup:UpdateRegionSettings", "backup:ListTags",
                    "dynamodb:StartAwsBackupJob", "dynamodb:RestoreTableFromAwsBackup"),
            IamFeature.FILE_SNAPSHOTS, List.of("dynamodb:Scan", "dynamodb:CreateTable", "dynamodb:BatchWriteItem")));

    /** Seed 002: what only the admin role may do. */
    static final List<String> DELETE_ACTIONS = List.of("dynamodb:DeleteBackup", "backup:DeleteRecoveryPoint",
            "backup:DeleteBackupVault", "backup:DeleteBackupPlan", "backup:DeleteBackupSelection",
            "backup:DeleteBackupVaultLockConfiguration", "backup:DeleteBackupVaultAccessPolicy",
            "backup:UpdateRecoveryPointLifecycle");

    private IamPolicyGenerator() {
    }

    /** Every action a policy for these features allows, in any of its statements (sorted, no repeats). */
    public static List<String> actions(Collection<IamFeature> features) {
        TreeSet<String> all = new TreeSet<>(featureActions(features));
        if (features.stream().anyMatch(RESTORES_TO_NEW_TABLE::contains)) all.addAll(RESTORE_TARGET_ITEMS);
        if (features.stream().anyMatch(REPLAYS_SETTINGS::contains)) all.addAll(TABLE_SETTINGS);
        if (features.contains(IamFeature.AWS_BACKUP)) all.add(PASS_ROLE);
        return List.copyOf(all);
    }

    /** The features' own actions and the table list (the first statement of the policy). */
    private static List<String> featureActions(Collection<IamFeature> features) {
        TreeSet<String> all = new TreeSet<>(LIST_TABLES);
        for (IamFeature f : features) all.addAll(ACTIONS.get(f));
        return List.copyOf(all);
    }

    public static List<String> deleteActions() {
        return DELETE_ACTIONS;
    }

    /** The feature an action belongs to first (an AccessDenied names the action; the IAM view picks the feature). */
    public static Optional<IamFeature> featureNeeding(String action) {
        for (IamFeature f : IamFeature.values()) {
            if (ACTIONS.get(f).contains(action)) return Optional.of(f);
        }
        if (PASS_ROLE.equals(action)) return Optional.of(IamFeature.AWS_BACKUP);
        if (TABLE_SETTINGS.contains(action)) return Optional.of(IamFeature.RESTORE);
        return Optional.empty();
    }

    /**
     * An allow policy for the features (all of them when none is named): their own actions; the
     * restore target's item actions on tables only; passing a role to AWS Backup only.
     */
    public static String allowPolicy(Collection<IamFeature> features) {
        Collection<IamFeature> chosen = features.isEmpty() ? List.of(IamFeature.values()) : features;
        List<Map<String, Object>> statements = new ArrayList<>();
        statements.add(statement("DynamoDbBackupManager", "Allow", featureActions(chosen), "*", null));
        if (chosen.stream().anyMatch(RESTORES_TO_NEW_TABLE::contains)) {
            statements.add(statement("RestoreTargetTableItems", "Allow", RESTORE_TARGET_ITEMS, "arn:*:dynamodb:*:*:table/*", null));
        }
        if (chosen.stream().anyMatch(REPLAYS_SETTINGS::contains)) {
            statements.add(statement("RestoredTableSettings", "Allow", TABLE_SETTINGS, "arn:*:dynamodb:*:*:table/*", null));
        }
        if (chosen.contains(IamFeature.AWS_BACKUP)) {
            statements.add(statement("PassRoleToAwsBackup", "Allow", List.of(PASS_ROLE), "*",
                    Map.of("StringEquals", Map.of("iam:PassedToService", "backup.amazonaws.com"))));
        }
        return write(document(statements));
    }

    /** Denies every delete of a backup, point, vault or plan to all principals except {@code adminRoleArn}. */
    public static String denyDeletePolicy(String adminRoleArn) {
        require(AwsBackupRules.roleArn(adminRoleArn));
        Map<String, Object> condition = Map.of("ArnNotEquals", Map.of("aws:PrincipalArn", adminRoleArn));
        return write(document(List.of(statement("DenyBackupDeletionExceptAdmin", "Deny", DELETE_ACTIONS, "*", condition))));
    }

    private static Map<String, Object> document(List<Map<String, Object>> statements) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("Version", "2012-10-17");
        doc.put("Statement", new ArrayList<>(statements));
        return doc;
    }

    private static Map<String, Object> statement(String sid, String effect, List<String> actions, String resource,
                                                 Map<String, Object> condition) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Sid", sid);
        s.put("Effect", effect);
        s.put("Action", actions);
        s.put("Resource", resource);
        if (condition != null) s.put("Condition", condition);
        return s;
    }

    private static String write(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
