package dev.dynamobackup.service.awsbackup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dynamobackup.model.awsbackup.IamFeature;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    static final Map<IamFeature, List<String>> ACTIONS = new EnumMap<>(Map.of(
            IamFeature.NATIVE_BACKUPS, List.of("dynamodb:ListBackups", "dynamodb:DescribeBackup", "dynamodb:CreateBackup",
                    "dynamodb:DeleteBackup"),
            // a restore writes the new table's items: DynamoDB asks for the item actions too
            IamFeature.RESTORE, List.of("dynamodb:ListBackups", "dynamodb:DescribeBackup", "dynamodb:RestoreTableFromBackup",
                    "dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:PutItem",
                    "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"),
            IamFeature.PITR, List.of("dynamodb:DescribeContinuousBackups", "dynamodb:UpdateContinuousBackups",
                    "dynamodb:RestoreTableToPointInTime", "dynamodb:BatchWriteItem", "dynamodb:DeleteItem",
                    "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem"),
            IamFeature.AWS_BACKUP, List.of(
                    "backup:ListBackupVaults", "backup:DescribeBackupVault", "backup:CreateBackupVault",
                    "backup:DeleteBackupVault", "backup:PutBackupVaultLockConfiguration",
                    "backup:DeleteBackupVaultLockConfiguration", "backup-storage:MountCapsule",
                    "backup:ListBackupPlans", "backup:GetBackupPlan", "backup:CreateBackupPlan", "backup:DeleteBackupPlan",
                    "backup:ListBackupSelections", "backup:GetBackupSelection", "backup:CreateBackupSelection",
                    "backup:DeleteBackupSelection", "backup:ListRecoveryPointsByBackupVault",
                    "backup:ListRecoveryPointsByResource", "backup:DescribeRecoveryPoint", "backup:DeleteRecoveryPoint",
                    "backup:StartBackupJob", "backup:DescribeBackupJob", "backup:ListBackupJobs",
                    "backup:StartRestoreJob", "backup:DescribeRestoreJob", "backup:ListRestoreJobs",
                    "backup:StartCopyJob", "backup:DescribeCopyJob", "backup:ListCopyJobs",
                    "backup:DescribeRegionSettings", "backup:UpdateRegionSettings", "backup:ListTags",
                    "dynamodb:StartAwsBackupJob", "dynamodb:RestoreTableFromAwsBackup", "iam:PassRole"),
            IamFeature.FILE_SNAPSHOTS, List.of("dynamodb:Scan", "dynamodb:CreateTable", "dynamodb:BatchWriteItem")));

    /** Seed 002: what only the admin role may do. */
    static final List<String> DELETE_ACTIONS = List.of("dynamodb:DeleteBackup", "backup:DeleteRecoveryPoint",
            "backup:DeleteBackupVault", "backup:DeleteBackupPlan", "backup:DeleteBackupSelection",
            "backup:DeleteBackupVaultLockConfiguration", "backup:DeleteBackupVaultAccessPolicy",
            "backup:UpdateRecoveryPointLifecycle");

    private IamPolicyGenerator() {
    }

    /** Every action a policy for these features allows (sorted, no repeats). */
    public static List<String> actions(Collection<IamFeature> features) {
        TreeSet<String> all = new TreeSet<>(LIST_TABLES);
        for (IamFeature f : features) all.addAll(ACTIONS.get(f));
        return List.copyOf(all);
    }

    public static List<String> deleteActions() {
        return DELETE_ACTIONS;
    }

    /** An allow policy for the features (all of them when none is named). */
    public static String allowPolicy(Collection<IamFeature> features) {
        Collection<IamFeature> chosen = features.isEmpty() ? List.of(IamFeature.values()) : features;
        return write(document(List.of(statement("DynamoDbBackupManager", "Allow", actions(chosen), null))));
    }

    /** Denies every delete of a backup, point, vault or plan to all principals except {@code adminRoleArn}. */
    public static String denyDeletePolicy(String adminRoleArn) {
        require(AwsBackupRules.roleArn(adminRoleArn));
        Map<String, Object> condition = Map.of("ArnNotEquals", Map.of("aws:PrincipalArn", adminRoleArn));
        return write(document(List.of(statement("DenyBackupDeletionExceptAdmin", "Deny", DELETE_ACTIONS, condition))));
    }

    private static Map<String, Object> document(List<Map<String, Object>> statements) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("Version", "2012-10-17");
        doc.put("Statement", new ArrayList<>(statements));
        return doc;
    }

    private static Map<String, Object> statement(String sid, String effect, List<String> actions, Map<String, Object> condition) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Sid", sid);
        s.put("Effect", effect);
        s.put("Action", actions);
        s.put("Resource", "*");
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
