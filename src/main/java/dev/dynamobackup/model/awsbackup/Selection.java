package dev.dynamobackup.model.awsbackup;

import java.time.Instant;
import java.util.List;

/** A backup selection of a plan, as GetBackupSelection tells it. */
public record Selection(String id, String planId, String name, String iamRoleArn, List<String> resources,
                        List<TagCondition> tags, Instant created) {
}
