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
