package dev.dynamobackup.service;

import dev.dynamobackup.aws.ErrorTranslator;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.UserMessage;

/** The one place the UI and the CLI turn a failure into a sentence for a person. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static UserMessage of(Throwable error, ConnectionTarget target) {
        // refused by the app before any call: the exception already says what and what to do
        if (error instanceof RestoreRefusedException refused) {
            return new UserMessage(refused.getMessage(), refused.todo(), "Refused before any request was sent.");
        }
        if (error instanceof dev.dynamobackup.service.snapshot.SnapshotRefusedException refused) {
            return new UserMessage(refused.getMessage(), refused.todo(), "Refused before anything was written.");
        }
        if (error instanceof dev.dynamobackup.aws.SandboxInUseException busy) {
            return new UserMessage(busy.getMessage(), "", busy.getMessage());
        }
        if (error instanceof InvalidBackupNameException bad) {
            return new UserMessage(bad.getMessage(), "Choose another name; nothing was sent to AWS.", bad.getMessage());
        }
        return ErrorTranslator.translate(error, target.connection(), target.region());
    }
}
