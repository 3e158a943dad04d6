package dev.dynamobackup.service.validation;

import dev.dynamobackup.model.Problem;

/** Input the app refused before sending any request; {@link #problem()} says why. */
public class InputRefusedException extends IllegalArgumentException {
    private final transient Problem problem;

    public InputRefusedException(Problem problem) {
        super(ProblemText.of(problem));
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
