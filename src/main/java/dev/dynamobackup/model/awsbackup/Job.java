package dev.dynamobackup.model.awsbackup;

import java.time.Instant;

/**
 * A backup, restore or copy job.
 *
 * @param state           the service's state (CREATED, PENDING, RUNNING, COMPLETED, FAILED, ABORTED, ...)
 * @param percentDone     0-100 as reported (null when the service gave none)
 * @param recoveryPointArn the point made (backup, copy) or restored from (restore)
 * @param createdResourceArn the restored table (restore) or the copy's point (copy)
 */
public record Job(JobKind kind, String id, String state, Double percentDone, String statusMessage,
                  String resourceArn, String vaultName, String recoveryPointArn, String createdResourceArn,
                  Instant created, Instant completed) {

    /** Still running: worth polling. */
    public boolean isTransient() {
        return switch (state == null ? "" : state) {
            case "CREATED", "PENDING", "RUNNING", "ABORTING" -> true;
            default -> false;
        };
    }

    public boolean succeeded() {
        return "COMPLETED".equals(state);
    }
}
