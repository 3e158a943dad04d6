package dev.dynamobackup.service.awsbackup;

import dev.dynamobackup.service.validation.RefusedException;

/** An AWS Backup action the app refused before sending anything (bad input, a locked vault, a setting that is off). */
public final class AwsBackupRefusedException extends RefusedException {
    public AwsBackupRefusedException(String what, String todo) {
        super(what, todo);
    }

    /** Refused input: the sentence plus "correct it; nothing was sent". */
    static AwsBackupRefusedException input(String what) {
        return new AwsBackupRefusedException(what, BackupTexts.text(BackupTexts.REFUSED_TODO));
    }
}
