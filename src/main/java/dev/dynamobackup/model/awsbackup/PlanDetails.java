package dev.dynamobackup.model.awsbackup;

import java.time.Instant;
import java.util.List;

/** A backup plan with its rules and the selections that assign tables to it. */
public record PlanDetails(String id, String arn, String versionId, Instant created, PlanDraft plan,
                          List<Selection> selections) {
}
