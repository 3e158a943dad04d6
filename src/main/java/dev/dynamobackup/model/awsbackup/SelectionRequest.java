package dev.dynamobackup.model.awsbackup;

import java.util.List;

/**
 * Tables to assign to a plan, by ARN and/or tag, backed up with an IAM role.
 *
 * @param iamRoleArn null for the default {@code service-role/AWSBackupDefaultServiceRole} of the plan's account
 */
public record SelectionRequest(String planId, String name, String iamRoleArn, List<String> tableArns,
                               List<TagCondition> tags) {
    public SelectionRequest {
        tableArns = tableArns == null ? List.of() : List.copyOf(tableArns);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
