package dev.dynamobackup.model;

/**
 * A restored table as the poller sees it: its summary and {@code RestoreSummary.RestoreInProgress};
 * null table when it is gone.
 */
public record RestoreProgress(TableSummary table, boolean restoreInProgress) {
    /** Still worth polling: the table is CREATING or the restore still runs. */
    public boolean isTransient() {
        return table != null && (table.isTransient() || restoreInProgress);
    }

    public boolean isActive() {
        return table != null && "ACTIVE".equals(table.status()) && !restoreInProgress;
    }
}
