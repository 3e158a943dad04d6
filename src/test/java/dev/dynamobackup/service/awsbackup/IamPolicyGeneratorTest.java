package dev.dynamobackup.service.awsbackup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamobackup.model.awsbackup.IamFeature;
import dev.dynamobackup.testing.ServiceModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policies are valid JSON and name only real actions: API operations of botocore's models, or documented permission-only actions. */
class IamPolicyGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * IAM actions that are permissions without an API operation of their own (AWS docs: DynamoDB's
     * "advanced backup" permissions, the vault storage permission of CreateBackupVault, passing a role).
     */
    private static final Set<String> PERMISSION_ONLY = Set.of("dynamodb:StartAwsBackupJob", "dynamodb:RestoreTableFromAwsBackup",
            "backup-storage:MountCapsule", "iam:PassRole");

    private static final Map<String, Set<String>> OPERATIONS = Map.of(
            "dynamodb", ServiceModel.load("dynamodb").operationNames(),
            "backup", ServiceModel.load("backup").operationNames());

    private static List<String> unknown(List<String> actions) {
        List<String> bad = new ArrayList<>();
        for (String action : actions) {
            String[] parts = action.split(":", 2);
            Set<String> ops = OPERATIONS.get(parts[0]);
            boolean real = PERMISSION_ONLY.contains(action) || (ops != null && ops.contains(parts[1]));
            if (!real) bad.add(action);
        }
        return bad;
    }

    @Test
    void everyActionIsRealInTheServiceModels() {
        assertEquals(List.of(), unknown(IamPolicyGenerator.actions(List.of(IamFeature.values()))));
        assertEquals(List.of(), unknown(IamPolicyGenerator.deleteActions()));
        // the check can fail: a misspelt action is caught
        assertEquals(List.of("backup:DeleteRecoveryPoints"), unknown(List.of("backup:DeleteRecoveryPoints")));
    }

    @Test
    void leastPrivilegePerFeature() throws Exception {
        JsonNode pitr = JSON.readTree(IamPolicyGenerator.allowPolicy(List.of(IamFeature.PITR)));
        assertEquals("2012-10-17", pitr.get("Version").asText());
        List<String> actions = new ArrayList<>();
        pitr.get("Statement").get(0).get("Action").forEach(a -> actions.add(a.asText()));
        assertTrue(actions.contains("dynamodb:UpdateContinuousBackups"));
        assertTrue(actions.stream().noneMatch(a -> a.startsWith("backup:")), actions.toString());
        assertTrue(!actions.contains("dynamodb:DeleteBackup"), actions.toString());

        JsonNode all = JSON.readTree(IamPolicyGenerator.allowPolicy(List.of()));
        assertTrue(all.get("Statement").get(0).get("Action").toString().contains("backup:StartRestoreJob"));
    }

    /** Every DynamoDB action that writes items (the service model's item-write operations). */
    private static final Set<String> ITEM_WRITES = Set.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem",
            "dynamodb:BatchWriteItem", "dynamodb:TransactWriteItems", "dynamodb:ExecuteStatement",
            "dynamodb:BatchExecuteStatement", "dynamodb:ExecuteTransaction", "dynamodb:PartiQLInsert",
            "dynamodb:PartiQLUpdate", "dynamodb:PartiQLDelete", "dynamodb:ImportTable");

    /**
     * AWS's restore permissions (DynamoDB Developer Guide, "Using IAM with DynamoDB backup and
     * restore"): read and write of items on the target table, for RestoreTableToPointInTime as for
     * RestoreTableFromBackup. The only item writes a PITR policy may hold are these, in their own statement.
     */
    private static final Set<String> DOCUMENTED_RESTORE_ITEMS = Set.of("dynamodb:PutItem", "dynamodb:UpdateItem",
            "dynamodb:DeleteItem", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:BatchWriteItem");

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.asText()));
        return out;
    }

    @Test
    void thePitrFeatureHoldsNoItemWriteBeyondTheDocumentedRestoreTarget() throws Exception {
        JsonNode statements = JSON.readTree(IamPolicyGenerator.allowPolicy(List.of(IamFeature.PITR))).get("Statement");
        List<String> own = texts(statements.get(0).get("Action"));
        assertEquals(List.of(), own.stream().filter(ITEM_WRITES::contains).toList(), "PITR's own actions write no item");
        for (String a : List.of("dynamodb:DescribeContinuousBackups", "dynamodb:UpdateContinuousBackups",
                "dynamodb:RestoreTableToPointInTime")) {
            assertTrue(own.contains(a), a);
        }
        assertEquals(3, statements.size(), statements.toString());
        JsonNode target = statements.get(1);
        assertEquals("RestoreTargetTableItems", target.get("Sid").asText());
        assertEquals(DOCUMENTED_RESTORE_ITEMS, Set.copyOf(texts(target.get("Action"))));
        assertEquals("arn:*:dynamodb:*:*:table/*", target.get("Resource").asText(), "tables only");
        // a feature that restores nothing gets no item write at all
        String nativeOnly = IamPolicyGenerator.allowPolicy(List.of(IamFeature.NATIVE_BACKUPS));
        assertTrue(ITEM_WRITES.stream().noneMatch(nativeOnly::contains), nativeOnly);
    }

    /**
     * What the app calls after a restore (the settings replay: SettingsReplayService) and to capture a
     * snapshot's settings (SettingsCapture), and editing a plan: without these the generated policy lets a
     * restore run and then fails each replay step with AccessDenied.
     */
    @Test
    void everyRestoreFeatureMayReplayTheSettingsOnTablesOnly() throws Exception {
        for (IamFeature f : List.of(IamFeature.RESTORE, IamFeature.PITR, IamFeature.AWS_BACKUP, IamFeature.FILE_SNAPSHOTS)) {
            JsonNode statements = JSON.readTree(IamPolicyGenerator.allowPolicy(List.of(f))).get("Statement");
            JsonNode settings = null;
            for (JsonNode st : statements) if (st.get("Sid").asText().equals("RestoredTableSettings")) settings = st;
            assertTrue(settings != null, f + ": " + statements);
            assertTrue(texts(settings.get("Action")).containsAll(List.of("dynamodb:TagResource", "dynamodb:UpdateTimeToLive",
                    "dynamodb:UpdateTable", "dynamodb:UpdateContinuousBackups", "dynamodb:ListTagsOfResource",
                    "dynamodb:DescribeTimeToLive")), f + ": " + settings);
            assertEquals("arn:*:dynamodb:*:*:table/*", settings.get("Resource").asText());
        }
        assertTrue(!IamPolicyGenerator.allowPolicy(List.of(IamFeature.NATIVE_BACKUPS)).contains("dynamodb:UpdateTable"));
        assertTrue(IamPolicyGenerator.actions(List.of(IamFeature.AWS_BACKUP)).contains("backup:UpdateBackupPlan"));
    }

    @Test
    void theRoleIsPassedOnlyToAwsBackup() throws Exception {
        JsonNode statements = JSON.readTree(IamPolicyGenerator.allowPolicy(List.of(IamFeature.AWS_BACKUP))).get("Statement");
        assertTrue(!texts(statements.get(0).get("Action")).contains("iam:PassRole"));
        JsonNode pass = statements.get(statements.size() - 1);
        assertEquals(List.of("iam:PassRole"), texts(pass.get("Action")));
        assertEquals("backup.amazonaws.com", pass.get("Condition").get("StringEquals").get("iam:PassedToService").asText());
    }

    @Test
    void aDeniedActionNamesItsFeature() {
        assertEquals(java.util.Optional.of(IamFeature.NATIVE_BACKUPS), IamPolicyGenerator.featureNeeding("dynamodb:ListBackups"));
        assertEquals(java.util.Optional.of(IamFeature.PITR), IamPolicyGenerator.featureNeeding("dynamodb:UpdateContinuousBackups"));
        assertEquals(java.util.Optional.of(IamFeature.AWS_BACKUP), IamPolicyGenerator.featureNeeding("backup:ListBackupVaults"));
        assertEquals(java.util.Optional.empty(), IamPolicyGenerator.featureNeeding("dynamodb:ListTables"), "every feature lists tables");
    }

    @Test
    void denyDeleteExceptTheAdminRole() throws Exception {
        String admin = "arn:aws:iam::123456789012:role/BackupAdmin";
        JsonNode deny = JSON.readTree(IamPolicyGenerator.denyDeletePolicy(admin)).get("Statement").get(0);
        assertEquals("Deny", deny.get("Effect").asText());
        String actions = deny.get("Action").toString();
        for (String a : List.of("dynamodb:DeleteBackup", "backup:DeleteRecoveryPoint", "backup:DeleteBackupVault", "backup:DeleteBackupPlan")) {
            assertTrue(actions.contains(a), a);
        }
        assertEquals(admin, deny.get("Condition").get("ArnNotEquals").get("aws:PrincipalArn").asText());
        var bad = assertThrows(AwsBackupRefusedException.class, () -> IamPolicyGenerator.denyDeletePolicy("BackupAdmin"));
        assertTrue(bad.getMessage().contains("is not an IAM role ARN"), bad.getMessage());
    }
}
