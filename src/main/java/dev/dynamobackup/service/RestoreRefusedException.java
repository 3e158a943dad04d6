package dev.dynamobackup.service;

import dev.dynamobackup.service.validation.ProblemText;
import dev.dynamobackup.model.Problem;

/**
 * A restore (or PITR change) the app refused before sending anything: a bad name, a name in use, a
 * capacity or time out of range. {@link #problem()} says what is wrong, {@link #todo()} what to do;
 * {@link #getMessage()} is the problem in words (for logs and the CLI).
 */
public final class RestoreRefusedException extends RuntimeException {
    private final transient Problem problem;
    private final transient Problem todo;

    public RestoreRefusedException(Problem problem, Problem todo) {
        super(ProblemText.of(problem));
        this.problem = problem;
        this.todo = todo;
    }

    public Problem problem() {
        return problem;
    }

    public Problem todo() {
        return todo;
    }
}
