package dev.dynamobackup.model;

import java.util.Set;

/** Which table statuses are still changing and so worth polling. */
public final class TableStatuses {
    private static final Set<String> TRANSIENT = Set.of("CREATING", "UPDATING", "DELETING", "ARCHIVING");

    private TableStatuses() {
    }

    public static boolean isTransient(String status) {
        return status != null && TRANSIENT.contains(status);
    }
}
