package dev.dynamobackup.aws;

/**
 * Attached (as a suppressed exception) to every failed SDK call by {@link OperationTagInterceptor}, so
 * an error message can name the IAM action that failed, e.g. {@code dynamodb:ListTables}, without
 * changing the exception type callers catch.
 */
public final class FailedOperation extends RuntimeException {
    private final String iamAction;

    FailedOperation(String iamAction) {
        super(iamAction, null, false, false);
        this.iamAction = iamAction;
    }

    public String iamAction() {
        return iamAction;
    }

    /** The IAM action of the failed call behind {@code error}, or null when unknown. */
    public static String iamActionOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (Throwable s : t.getSuppressed()) {
                if (s instanceof FailedOperation op) return op.iamAction();
            }
        }
        return null;
    }
}
