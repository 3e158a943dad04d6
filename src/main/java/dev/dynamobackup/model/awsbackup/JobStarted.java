package dev.dynamobackup.model.awsbackup;

/** What a Start*Job call answered: the job to follow and, for a backup job, the point it will make. */
public record JobStarted(JobKind kind, String id, String recoveryPointArn) {
}
