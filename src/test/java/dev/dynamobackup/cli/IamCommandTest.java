package dev.dynamobackup.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static dev.dynamobackup.cli.TablesCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IamCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void policyForChosenFeatures() throws Exception {
        var run = cli("iam", "policy", "--feature", "NATIVE_BACKUPS", "--feature", "PITR");
        assertEquals(0, run.code(), run.err());
        JsonNode actions = JSON.readTree(run.out()).get("Statement").get(0).get("Action");
        assertTrue(actions.toString().contains("dynamodb:CreateBackup"));
        assertTrue(actions.toString().contains("dynamodb:UpdateContinuousBackups"));
        assertFalse(actions.toString().contains("backup:"), actions.toString());
    }

    @Test
    void denyDeletePolicyNeedsAValidAdminRole() throws Exception {
        var run = cli("iam", "policy", "--deny-delete", "--admin-role", "arn:aws:iam::123456789012:role/BackupAdmin");
        assertEquals(0, run.code(), run.err());
        assertEquals("Deny", JSON.readTree(run.out()).get("Statement").get(0).get("Effect").asText());
        var missing = cli("iam", "policy", "--deny-delete");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--deny-delete needs --admin-role"), missing.err());
        var bad = cli("iam", "policy", "--deny-delete", "--admin-role", "BackupAdmin");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("is not an IAM role ARN"), bad.err());
        var feature = cli("iam", "policy", "--feature", "EVERYTHING");
        assertEquals(2, feature.code());
    }
}
