package dev.dynamobackup.service.awsbackup;

/**
 * An AWS Backup action the app refused before sending anything (bad input, a locked vault, a setting
 * that is off). {@link #getMessage()} says what is wrong, {@link #todo()} what to do.
 */
public final class AwsBackupRefusedException extends RuntimeException {
    private final String todo;

    public AwsBackupRefusedException(String what, String todo) {
        super(what);
        this.todo = todo;
    }

    /** Refused input: the sentence plus "correct it; nothing was sent". */
    static AwsBackupRefusedException input(String what) {
        return new AwsBackupRefusedException(what, BackupTexts.text(BackupTexts.REFUSED_TODO));
    }

    public String todo() {
        return todo;
    }
}
