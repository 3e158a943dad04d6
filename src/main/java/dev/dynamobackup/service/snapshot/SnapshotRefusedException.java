package dev.dynamobackup.service.snapshot;

/**
 * A snapshot operation refused before it wrote anything, or a snapshot that fails its checks:
 * {@link #getMessage()} says what is wrong, {@link #todo()} what to do.
 */
public final class SnapshotRefusedException extends RuntimeException {
    private final String todo;

    public SnapshotRefusedException(String what, String todo) {
        super(what);
        this.todo = todo;
    }

    public String todo() {
        return todo;
    }
}
