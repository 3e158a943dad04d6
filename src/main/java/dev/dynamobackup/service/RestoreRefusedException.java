package dev.dynamobackup.service;

/**
 * A restore (or PITR change) the app refused before sending anything: a bad name, a name in use, a
 * capacity or time out of range. {@link #getMessage()} says what is wrong, {@link #todo()} what to do.
 */
public final class RestoreRefusedException extends RuntimeException {
    private final String todo;

    public RestoreRefusedException(String what, String todo) {
        super(what);
        this.todo = todo;
    }

    public String todo() {
        return todo;
    }
}
