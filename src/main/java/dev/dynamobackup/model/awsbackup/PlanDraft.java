package dev.dynamobackup.model.awsbackup;

import java.util.List;

/** A backup plan to create (or as read back): a name and its rules. */
public record PlanDraft(String name, List<PlanRule> rules) {
    public PlanDraft {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** Cold storage and cross-region copies of DynamoDB need the region's "advanced DynamoDB backup" setting. */
    public boolean needsAdvancedDynamoDbBackup() {
        return rules.stream().anyMatch(r -> r.lifecycle().usesColdStorage() || !r.copies().isEmpty());
    }
}
