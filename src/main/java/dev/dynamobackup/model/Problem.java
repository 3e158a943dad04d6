package dev.dynamobackup.model;

import java.util.Arrays;
import java.util.List;

/**
 * Something the app refuses, as a bundle key and its arguments rather than English, so the CLI and the
 * GUI render the same sentence from the same bundle ({@code service/validation/problems.properties}).
 */
public record Problem(String key, List<String> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, Arrays.stream(args).map(String::valueOf).toList());
    }
}
