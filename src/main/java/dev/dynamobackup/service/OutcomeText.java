package dev.dynamobackup.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The sentences of {@code outcomes.properties}: what a check after an unanswered write found. */
public final class OutcomeText {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("dev.dynamobackup.service.outcomes", Locale.ROOT);

    private OutcomeText() {
    }

    public static String t(String key, Object... args) {
        return MessageFormat.format(TEXT.getString(key), args);
    }
}
