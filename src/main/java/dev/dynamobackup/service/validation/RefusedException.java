package dev.dynamobackup.service.validation;

/**
 * An action the app refused before it sent or wrote anything: {@link #getMessage()} says what is wrong,
 * {@link #todo()} what to do. The snapshot and AWS Backup services each have a subclass; the text comes
 * from their bundles.
 */
public abstract class RefusedException extends RuntimeException {
    private final String todo;

    protected RefusedException(String what, String todo) {
        super(what);
        this.todo = todo;
    }

    public String todo() {
        return todo;
    }
}
