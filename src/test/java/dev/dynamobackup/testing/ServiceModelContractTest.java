package dev.dynamobackup.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract server's shape checks can fail: wrong names, missing required members, wrong kinds. */
class ServiceModelContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ServiceModel backup = ServiceModel.load("backup");

    @Test
    void routesRequestsToOperations() {
        assertEquals("StartBackupJob", backup.match("PUT", "/backup-jobs").operation());
        assertEquals("ListBackupVaults", backup.match("GET", "/backup-vaults/").operation());
        var m = backup.match("GET", "/backup-vaults/Default/recovery-points/arn%3Aaws%3Abackup%3Aus-east-1%3A1%3Arecovery-point%3Ax");
        assertEquals("DescribeRecoveryPoint", m.operation());
        assertEquals("arn:aws:backup:us-east-1:1:recovery-point:x", m.labels().get("recoveryPointArn"));
    }

    @Test
    void aWrongFieldNameOrAMissingRequiredOneFails() throws Exception {
        var good = JSON.readTree("{\"BackupVaultName\":\"Default\",\"ResourceArn\":\"arn\",\"IamRoleArn\":\"r\",\"IdempotencyToken\":\"t\"}");
        assertEquals(List.of(), backup.checkInput("StartBackupJob", good, Map.of(), Map.of()));
        var wrong = JSON.readTree("{\"VaultName\":\"Default\",\"ResourceArn\":\"arn\",\"IamRoleArn\":\"r\"}");
        List<String> problems = backup.checkInput("StartBackupJob", wrong, Map.of(), Map.of());
        assertTrue(problems.contains("StartBackupJob request: unknown member 'VaultName'"), problems.toString());
        assertTrue(problems.contains("StartBackupJob: required member BackupVaultName missing"), problems.toString());
        assertEquals(List.of("ListBackupJobs: unknown query parameter 'status'"),
                backup.checkInput("ListBackupJobs", JSON.createObjectNode(), Map.of("status", "RUNNING"), Map.of()));
    }

    @Test
    void responsesAreCheckedRecursively() throws Exception {
        var bad = JSON.readTree("{\"RecoveryPoints\":[{\"RecoveryPointArn\":\"a\",\"Status\":\"DONE\",\"CreationDate\":\"today\",\"Size\":1}]}");
        List<String> problems = backup.checkOutput("ListRecoveryPointsByBackupVault", bad);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.toString().contains("'DONE' is not one of"), problems.toString());
        assertTrue(problems.toString().contains("unknown member 'Size'"), problems.toString());
        assertTrue(problems.toString().contains("CreationDate: expected a number (timestamp)"), problems.toString());
    }
}
