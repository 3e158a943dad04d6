package dev.dynamobackup.service;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.model.Problem;

/** A backup name the service would refuse; raised before any call is made. */
public final class InvalidBackupNameException extends IllegalArgumentException {
    private final transient Problem problem;

    public InvalidBackupNameException(Problem problem) {
        super(ProblemText.of(problem));
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
