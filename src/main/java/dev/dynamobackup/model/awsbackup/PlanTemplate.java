package dev.dynamobackup.model.awsbackup;

/** A ready-made plan: an id for the CLI, a title for people, and the rule it makes (vault chosen later). */
public record PlanTemplate(String id, String title, PlanRule rule) {
    public PlanDraft draft(String planName, String vaultName) {
        return new PlanDraft(planName, java.util.List.of(rule.withVault(vaultName)));
    }
}
