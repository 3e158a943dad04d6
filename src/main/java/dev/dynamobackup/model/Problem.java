package dev.dynamobackup.model;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Something the app refuses, as a bundle key and its arguments rather than English, so the CLI and the
 * GUI render the same sentence from the same bundle ({@code service/validation/problems.properties}).
 */
public record Problem(String key, List<String> args) {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("dev.dynamobackup.service.validation.problems");

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The sentence from the bundle; here so model records can render their own (the model imports no service). */
    public String text() {
        return new MessageFormat(TEXT.getString(key), Locale.ROOT).format(args.toArray());
    }
}
