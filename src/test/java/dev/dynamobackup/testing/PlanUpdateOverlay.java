package dev.dynamobackup.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UpdateBackupPlan, which moto lacks: the contract server keeps each updated plan's new version here
 * and lays it over moto's answers to GetBackupPlan and ListBackupPlans (moto keeps the original).
 */
final class PlanUpdateOverlay {
    private record Version(String id, ObjectNode plan) {
    }

    private final Map<String, Version> versions = new ConcurrentHashMap<>();

    void reset() {
        versions.clear();
    }

    boolean isEmpty() {
        return versions.isEmpty();
    }

    /** Records the plan input as the plan's new version (rules get a RuleId, as AWS Backup gives them) and returns its VersionId. */
    String update(String region, String planId, JsonNode planInput) {
        ObjectNode plan = planInput.deepCopy();
        for (JsonNode rule : plan.path("Rules")) ((ObjectNode) rule).put("RuleId", UUID.randomUUID().toString());
        String versionId = UUID.randomUUID().toString().replace("-", "");
        versions.put(key(region, planId), new Version(versionId, plan));
        return versionId;
    }

    /** GetBackupPlan's answer with the latest version's plan and VersionId. */
    void patchGet(String region, String planId, ObjectNode out) {
        Version v = versions.get(key(region, planId));
        if (v == null) return;
        out.set("BackupPlan", v.plan().deepCopy());
        out.put("VersionId", v.id());
    }

    /** ListBackupPlans' answer with the latest versions' names and VersionIds. */
    void patchList(String region, ObjectNode out) {
        for (JsonNode member : out.path("BackupPlansList")) {
            Version v = versions.get(key(region, member.path("BackupPlanId").asText()));
            if (v == null) continue;
            ((ObjectNode) member).put("VersionId", v.id());
            ((ObjectNode) member).put("BackupPlanName", v.plan().path("BackupPlanName").asText());
        }
    }

    void forget(String region, String planId) {
        versions.remove(key(region, planId));
    }

    private static String key(String region, String planId) {
        return region + "/" + planId;
    }
}
