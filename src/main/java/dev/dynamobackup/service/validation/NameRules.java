package dev.dynamobackup.service.validation;

import dev.dynamobackup.model.Problem;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DynamoDB's rule for table, index and backup names: 3 to 255 of {@code [A-Za-z0-9_.-]}. moto accepts
 * anything, so the app checks names itself before any call.
 */
public final class NameRules {
    public static final int MIN = 3;
    public static final int MAX = 255;
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9_.-]");

    private NameRules() {
    }

    public static Optional<Problem> table(String name) {
        if (name == null || name.isBlank()) return Optional.of(Problem.of("table.name.empty"));
        if (name.length() < MIN || name.length() > MAX) return Optional.of(Problem.of("table.name.length", shorten(name), name.length()));
        return badCharacter(name).map(c -> c.equals(" ") ? Problem.of("table.name.space") : Problem.of("table.name.chars", c));
    }

    public static Optional<Problem> index(String name) {
        if (name == null || name.isBlank()) return Optional.of(Problem.of("index.name.empty"));
        if (name.length() < MIN || name.length() > MAX) return Optional.of(Problem.of("index.name.length", shorten(name), name.length()));
        return badCharacter(name).map(c -> Problem.of("index.name.chars", shorten(name), c));
    }

    public static Optional<Problem> backup(String name) {
        if (name == null || name.isEmpty()) return Optional.of(Problem.of("backup.name.empty"));
        if (name.length() < MIN || name.length() > MAX) return Optional.of(Problem.of("backup.name.length", shorten(name), name.length()));
        return badCharacter(name).map(c -> c.equals(" ") ? Problem.of("backup.name.space") : Problem.of("backup.name.chars", c));
    }

    private static Optional<String> badCharacter(String name) {
        Matcher m = NOT_ALLOWED.matcher(name);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** Long enough for any ARN a person pastes, short enough to keep a pasted page out of a message. */
    static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
