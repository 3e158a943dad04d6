package dev.dynamobackup.service.validation;

import dev.dynamobackup.model.Problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders a {@link Problem} from {@code problems.properties}: the one place its sentence comes from. */
public final class ProblemText {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("dev.dynamobackup.service.validation.problems");

    private ProblemText() {
    }

    public static String of(Problem problem) {
        return new MessageFormat(TEXT.getString(problem.key()), Locale.ROOT).format(problem.args().toArray());
    }
}
