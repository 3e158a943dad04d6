package dev.dynamobackup.service.validation;

import dev.dynamobackup.model.Problem;


/** Renders a {@link Problem} from {@code problems.properties}: the one place its sentence comes from. */
public final class ProblemText {
    private ProblemText() {
    }

    public static String of(Problem problem) {
        return problem.text();
    }
}
