package dev.dynamobackup.service;

import dev.dynamobackup.model.Problem;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Renders a {@link Problem} from {@code problems.properties}: the one place its words come from. */
public final class Problems {
    public static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.dynamobackup.service.problems", Locale.ROOT);

    private Problems() {
    }

    public static String text(Problem problem) {
        // always through MessageFormat, with or without arguments: one quoting rule for the whole file
        return new MessageFormat(BUNDLE.getString(problem.key()), Locale.ROOT).format(problem.args().toArray());
    }
}
