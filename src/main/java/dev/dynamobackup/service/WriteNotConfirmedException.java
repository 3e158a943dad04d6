package dev.dynamobackup.service;

/**
 * A write failed in a way that left its outcome open, and the check afterwards did not find it done:
 * says what the check found and what to do. The cause is the original failure (for the log).
 */
public final class WriteNotConfirmedException extends RuntimeException {
    private final String todo;

    WriteNotConfirmedException(String what, String todo, Throwable cause) {
        super(what, cause);
        this.todo = todo;
    }

    public String todo() {
        return todo;
    }
}
