package dev.dynamobackup.model;

import java.util.List;

/**
 * Something wrong with the user's input or request, as a key of {@code service/problems.properties}
 * and its arguments, not as English: the UI and the CLI render it from the bundle
 * ({@code service.Problems.text}). Use a constant key; never build one at run time.
 */
public record Problem(String key, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }
}
