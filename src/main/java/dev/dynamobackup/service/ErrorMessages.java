package dev.dynamobackup.service;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.service.validation.RefusedException;
import dev.dynamobackup.model.Problem;
import dev.dynamobackup.aws.ErrorTranslator;
import dev.dynamobackup.model.ConnectionTarget;
import dev.dynamobackup.model.UserMessage;
import dev.dynamobackup.service.validation.InputRefusedException;

/** The one place the UI and the CLI turn a failure into a sentence for a person. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static UserMessage of(Throwable error, ConnectionTarget target) {
        // refused by the app before any call: the exception already says what and what to do
        if (error instanceof RestoreRefusedException refused) {
            return new UserMessage(ProblemText.of(refused.problem()), ProblemText.of(refused.todo()),
                    ProblemText.of(Problem.of("refused.details")));
        }
        if (error instanceof InvalidBackupNameException bad) {
            return new UserMessage(ProblemText.of(bad.problem()), ProblemText.of(Problem.of("backup.name.todo")), bad.getMessage());
        }
        if (error instanceof InputRefusedException refused) {
            return new UserMessage(refused.getMessage(), "", ProblemText.of(Problem.of("refused.details")));
        }
        if (error instanceof dev.dynamobackup.service.snapshot.SnapshotRefusedException refused) {
            return new UserMessage(refused.getMessage(), refused.todo(), ProblemText.of(Problem.of("refused.nothingWritten")));
        }
        if (error instanceof dev.dynamobackup.aws.SandboxInUseException busy) {
            return new UserMessage(busy.getMessage(), "", busy.getMessage());
        }
        if (error instanceof RefusedException refused) {
            return new UserMessage(refused.getMessage(), refused.todo(), ProblemText.of(Problem.of("refused.details")));
        }
        // an unanswered write, checked afterwards: the sentence says what the check found
        if (error instanceof WriteNotConfirmedException unconfirmed) {
            return new UserMessage(unconfirmed.getMessage(), unconfirmed.todo(), String.valueOf(unconfirmed.getCause()));
        }
        return ErrorTranslator.translate(error, target.connection(), target.region());
    }

    /** The IAM action an AccessDenied message names (from AWS's own words in its details), if any. */
    public static java.util.Optional<String> missingAction(UserMessage message) {
        return ErrorTranslator.missingAction(message.details());
    }
}
